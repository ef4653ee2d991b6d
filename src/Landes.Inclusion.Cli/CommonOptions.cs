using System.CommandLine;
using Landes.Inclusion.Calendar;
using Landes.Inclusion.Diagnostics;
using NodaTime;
using NodaTime.Text;

namespace Landes.Inclusion.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<string> Language { get; } = CreateLanguage();

    public static MessageLanguage LanguageOf(ParseResult result) =>
        result.GetValue(Language) == "en" ? MessageLanguage.English : MessageLanguage.French;

    /// <summary><c>--as-of yyyy-MM-dd</c>: the date the answer is computed for; today (the system clock) by default.</summary>
    public static Option<LocalDate?> CreateAsOf() => new("--as-of")
    {
        Description = "Date de référence (AAAA-MM-JJ), aujourd'hui par défaut. / Reference date (yyyy-MM-dd), today by default.",
        CustomParser = argument =>
        {
            string text = argument.Tokens.Count == 1 ? argument.Tokens[0].Value : string.Empty;
            ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success && InputLimits.IsSupportedDate(parsed.Value))
            {
                return parsed.Value;
            }

            string min = LocalDatePattern.Iso.Format(InputLimits.EarliestDate);
            string max = LocalDatePattern.Iso.Format(InputLimits.LatestDate);
            argument.AddError(parsed.Success
                ? $"--as-of : « {text} » est hors de l'intervalle {min} à {max}. / '{text}' lies outside {min} to {max}."
                : $"--as-of : « {text} » n'est pas une date AAAA-MM-JJ. / '{text}' is not a yyyy-MM-dd date.");
            return null;
        },
    };

    /// <summary><c>--format</c> with the given choices, the first being the default.</summary>
    public static Option<string> CreateFormat(params string[] choices)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Format de sortie / output format: {string.Join(", ", choices)}.",
            DefaultValueFactory = _ => choices[0],
        };
        option.AcceptOnlyFromAmong(choices);
        return option;
    }

    /// <summary>The reference date: the option's value, else today in France according to the clock.</summary>
    public static LocalDate AsOfOrToday(ParseResult result, Option<LocalDate?> asOf, IClock clock) =>
        result.GetValue(asOf) ?? FrenchCalendar.Today(clock);

    private static Option<string> CreateLanguage()
    {
        var option = new Option<string>("--lang")
        {
            Description = "Langue des messages : fr (par défaut) ou en. / Language of messages: fr (default) or en.",
            DefaultValueFactory = _ => "fr",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong("fr", "en");
        return option;
    }
}

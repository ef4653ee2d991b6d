using System.CommandLine;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Cli;

/// <summary>Options every command accepts.</summary>
internal static class CommonOptions
{
    public static Option<string> Language { get; } = CreateLanguage();

    public static MessageLanguage LanguageOf(ParseResult result) =>
        result.GetValue(Language) == "en" ? MessageLanguage.English : MessageLanguage.French;

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

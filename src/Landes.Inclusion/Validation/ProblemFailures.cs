using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Landes.Inclusion.Diagnostics;
using NodaTime;
using NodaTime.Text;

namespace Landes.Inclusion.Validation;

/// <summary>
/// Adds FluentValidation failures that carry a problem code, its message arguments and the severity the catalog gives
/// the code, so that custom rules report problems exactly like declarative ones.
/// </summary>
internal static class ProblemFailures
{
    public static void Add<T>(ValidationContext<T> context, string path, string code, params (string Name, string Value)[] arguments)
    {
        var state = new Dictionary<string, string>(arguments.Length, StringComparer.Ordinal);
        foreach ((string name, string value) in arguments)
        {
            state[name] = value;
        }

        context.AddFailure(new ValidationFailure(context.PropertyChain.BuildPropertyPath(path), code)
        {
            ErrorCode = code,
            CustomState = (IReadOnlyDictionary<string, string>)state,
            Severity = ProblemCatalog.Get(code).Severity switch
            {
                ProblemSeverity.Warning => Severity.Warning,
                ProblemSeverity.Information => Severity.Info,
                _ => Severity.Error,
            },
        });
    }

    public static string Text(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}

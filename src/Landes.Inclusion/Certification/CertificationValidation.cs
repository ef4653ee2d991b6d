using FluentValidation;
using FluentValidation.Results;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Certification;

/// <summary>Builds FluentValidation failures carrying a problem code and its message arguments.</summary>
internal static class CertificationFailures
{
    public static void Add<T>(ValidationContext<T> context, string propertyChain, string code, params (string Name, string Value)[] arguments)
    {
        var state = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string name, string value) in arguments)
        {
            state[name] = value;
        }

        context.AddFailure(new ValidationFailure(context.PropertyChain.BuildPropertyPath(propertyChain), code)
        {
            ErrorCode = code,
            CustomState = (IReadOnlyDictionary<string, string>)state,
        });
    }

    public static string Text(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    public static string Text(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

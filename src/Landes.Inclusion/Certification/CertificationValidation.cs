using FluentValidation;
using FluentValidation.Results;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Certification;

/// <summary>Builds FluentValidation failures carrying a problem code and its message arguments.</summary>
internal static class CertificationFailures
{
    public static void Add<T>(ValidationContext<T> context, string propertyChain, ProblemDefinition code, params (string Name, string Value)[] arguments) =>
        Validation.ProblemFailures.Add(context, propertyChain, code, arguments);

    public static string Text(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    public static string Text(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

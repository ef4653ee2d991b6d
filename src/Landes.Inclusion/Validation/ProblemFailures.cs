using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Landes.Inclusion.Diagnostics;
using NodaTime;
using NodaTime.Text;

namespace Landes.Inclusion.Validation;

/// <summary>
/// Builds FluentValidation failures that carry a problem's definition, its message arguments and its severity, so
/// that custom rules report problems exactly like declarative ones.
/// </summary>
internal static class ProblemFailures
{
    public static void Add<T>(ValidationContext<T> context, string path, ProblemDefinition definition, params (string Name, string Value)[] arguments)
    {
        var state = new Dictionary<string, string>(arguments.Length, StringComparer.Ordinal);
        foreach ((string name, string value) in arguments)
        {
            state[name] = value;
        }

        context.AddFailure(Failure(context.PropertyChain.BuildPropertyPath(path), definition, state));
    }

    /// <summary>A failure at a property path (FluentValidation's PascalCase chain) for a problem's definition.</summary>
    public static ValidationFailure Failure(string propertyPath, ProblemDefinition definition, IReadOnlyDictionary<string, string>? arguments = null) =>
        new(propertyPath, definition.Code)
        {
            ErrorCode = definition.Code,
            CustomState = new ProblemState(definition, arguments),
            Severity = ToSeverity(definition.Severity),
        };

    /// <summary>Makes a declarative rule report a problem of the library: its code, its definition, its severity.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithProblem<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, ProblemDefinition definition) =>
        rule.WithErrorCode(definition.Code).WithState(_ => new ProblemState(definition)).WithSeverity(ToSeverity(definition.Severity));

    /// <summary>Makes a declarative rule report a problem of the library, with message arguments computed from the instance.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithProblem<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, ProblemDefinition definition, Func<T, IReadOnlyDictionary<string, string>> arguments) =>
        rule.WithErrorCode(definition.Code).WithState(instance => new ProblemState(definition, arguments(instance))).WithSeverity(ToSeverity(definition.Severity));

    /// <summary>Makes a declarative rule report a problem of the library, with message arguments computed from the instance and the value.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithProblem<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, ProblemDefinition definition, Func<T, TProperty, IReadOnlyDictionary<string, string>> arguments) =>
        rule.WithErrorCode(definition.Code).WithState((instance, value) => new ProblemState(definition, arguments(instance, value))).WithSeverity(ToSeverity(definition.Severity));

    public static string Text(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static Severity ToSeverity(ProblemSeverity severity) => severity switch
    {
        ProblemSeverity.Warning => Severity.Warning,
        ProblemSeverity.Information => Severity.Info,
        _ => Severity.Error,
    };
}

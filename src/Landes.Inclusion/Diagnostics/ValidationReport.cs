using FluentValidation.Results;

namespace Landes.Inclusion.Diagnostics;

/// <summary>
/// All the problems found in one input, in the order they were found. The input is valid when no problem has
/// <see cref="ProblemSeverity.Error"/> severity; warnings and information do not make it invalid.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ValidationReport
{
    /// <summary>Gets a report without any problem.</summary>
    public static ValidationReport Valid { get; } = new([]);

    /// <summary>
    /// Initializes a report from a list of problems. At most <see cref="InputLimits.MaxProblemsPerCode"/> problems of
    /// one code are kept; the others are counted in one <see cref="LimitProblemCodes.TooManyProblems"/> problem
    /// per code (with the worst severity of those it counts), at the end.
    /// </summary>
    /// <param name="problems">The problems found; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public ValidationReport(IEnumerable<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Problems = ProblemCap.Apply(problems);
    }

    /// <summary>Gets every problem, in the order found.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Gets a value indicating whether no problem is an error.</summary>
    public bool IsValid => !Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Gets the problems of <see cref="ProblemSeverity.Error"/> severity.</summary>
    public IEnumerable<Problem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Gets the problems of <see cref="ProblemSeverity.Warning"/> severity.</summary>
    public IEnumerable<Problem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);

    /// <summary>Returns a report holding this report's problems followed by another's.</summary>
    /// <param name="other">The other report.</param>
    /// <returns>The combined report.</returns>
    public ValidationReport Merge(ValidationReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Problems.Count == 0)
        {
            return this;
        }

        return Problems.Count == 0 ? other : new ValidationReport(Problems.Concat(other.Problems));
    }

    /// <summary>
    /// Converts the result of any FluentValidation validator, the library's or the host application's, into a report.
    /// A failure of one of the library's rules (its validators, <c>IdentifierRules.IsSet</c>) gets the library's
    /// messages in both languages, and so does a failure whose <c>ErrorCode</c> <paramref name="resolveCode"/> resolves
    /// (pass <c>ProblemCatalog.Find</c> to resolve the library's codes that your own rules reuse); any other code (set
    /// with <c>WithErrorCode</c>, or FluentValidation's default such as <c>NotEmptyValidator</c>) is carried as given,
    /// with the validator's own message. Placeholder values become the problem's arguments and the property chain
    /// becomes the path (in camelCase).
    /// </summary>
    /// <param name="result">The FluentValidation result.</param>
    /// <param name="pathPrefix">A path to put in front of every property chain, or the empty string.</param>
    /// <param name="resolveCode">Gives the definition of a code that a rule set without one (null: none is resolved).</param>
    /// <returns>The report.</returns>
    public static ValidationReport FromFluentValidation(ValidationResult result, string pathPrefix = "", Func<string, ProblemDefinition?>? resolveCode = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(pathPrefix);
        if (result.IsValid && result.Errors.Count == 0)
        {
            return Valid;
        }

        return new ValidationReport(result.Errors.Select(f => ToProblem(f, pathPrefix, resolveCode)));
    }

    private static Problem ToProblem(ValidationFailure failure, string pathPrefix, Func<string, ProblemDefinition?>? resolveCode)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        if (failure.FormattedMessagePlaceholderValues is { } values)
        {
            foreach ((string key, object? value) in values)
            {
                if (value is not null && key is not "PropertyName" and not "PropertyPath")
                {
                    arguments[ToArgumentName(key)] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                }
            }
        }

        ProblemDefinition? definition = null;
        if (failure.CustomState is ProblemState { } problemState)
        {
            definition = problemState.Definition;
            foreach ((string key, string value) in problemState.Arguments)
            {
                arguments[key] = value;
            }
        }
        else if (failure.CustomState is IReadOnlyDictionary<string, string> state)
        {
            foreach ((string key, string value) in state)
            {
                arguments[key] = value;
            }
        }

        ProblemSeverity severity = failure.Severity switch
        {
            FluentValidation.Severity.Warning => ProblemSeverity.Warning,
            FluentValidation.Severity.Info => ProblemSeverity.Information,
            _ => ProblemSeverity.Error,
        };
        string path = ProblemPath.Combine(pathPrefix, ProblemPath.FromPropertyChain(failure.PropertyName));
        // A failure of the library's validators carries its problem's definition, so it keeps the library's messages
        // (in both languages); any other code (the host's own WithErrorCode, or FluentValidation's default such as
        // "NotEmptyValidator") is carried with its message.
        string code = string.IsNullOrEmpty(failure.ErrorCode) ? UnnamedCode : failure.ErrorCode;
        definition ??= resolveCode?.Invoke(code);
        return definition is not null
            ? new Problem(definition, path, severity, arguments)
            : new Problem(code, path, severity, failure.ErrorMessage ?? string.Empty, arguments);
    }

    // The code given to a failure that names none (a custom rule that sets no ErrorCode).
    private const string UnnamedCode = "UnnamedValidationFailure";

    // FluentValidation names its placeholders in PascalCase (PropertyValue, ComparisonValue); ours are camelCase.
    private static string ToArgumentName(string key) =>
        key.Length == 0 ? key : char.ToLowerInvariant(key[0]) + key[1..];
}

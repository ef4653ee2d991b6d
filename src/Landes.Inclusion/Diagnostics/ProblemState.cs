namespace Landes.Inclusion.Diagnostics;

/// <summary>
/// What a failure of one of the library's FluentValidation validators carries (as its <c>CustomState</c>): the
/// definition of its problem and the message arguments, so that <see cref="ValidationReport.FromFluentValidation"/>
/// rebuilds the library's problem without a lookup by code.
/// </summary>
internal sealed class ProblemState(ProblemDefinition definition, IReadOnlyDictionary<string, string>? arguments = null)
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>(0);

    /// <summary>Gets the definition of the failure's problem.</summary>
    public ProblemDefinition Definition { get; } = definition;

    /// <summary>Gets the message arguments the rule computed.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; } = arguments ?? None;
}

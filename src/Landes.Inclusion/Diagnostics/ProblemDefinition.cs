namespace Landes.Inclusion.Diagnostics;

/// <summary>
/// The definition of one stable problem code: its default severity and its message templates. Templates use
/// <c>{name}</c> placeholders filled from <see cref="Problem.Arguments"/>.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ProblemDefinition
{
    internal ProblemDefinition(string code, ProblemSeverity severity, string french, string english, bool isLibraryCode = true)
    {
        IsLibraryCode = isLibraryCode;
        Code = code;
        Severity = severity;
        FrenchTemplate = french;
        EnglishTemplate = english;
    }

    /// <summary>Gets the stable code, of the form <c>LI-AREA-NNN</c> (for example <c>LI-ID-031</c>).</summary>
    public string Code { get; }

    /// <summary>Gets the severity a problem with this code has unless its producer says otherwise.</summary>
    public ProblemSeverity Severity { get; }

    /// <summary>
    /// Gets whether the library defines this code (listed in <see cref="ProblemCatalog"/> and <c>docs/errors.md</c>).
    /// A code that a host application's own validator set is carried as given: its single message, already
    /// rendered, serves as both templates.
    /// </summary>
    public bool IsLibraryCode { get; }

    /// <summary>Gets the French message template.</summary>
    public string FrenchTemplate { get; }

    /// <summary>Gets the English message template.</summary>
    public string EnglishTemplate { get; }

    /// <summary>Gets the template for the given language.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The template, with <c>{name}</c> placeholders.</returns>
    public string GetTemplate(MessageLanguage language) =>
        language == MessageLanguage.English ? EnglishTemplate : FrenchTemplate;

    /// <inheritdoc />
    public override string ToString() => Code;
}

using System.Diagnostics;

namespace Landes.Inclusion.Diagnostics;

/// <summary>
/// One problem found in the input: where it is (<see cref="Path"/>), what it is (a stable <see cref="Code"/>
/// listed in <c>docs/errors.md</c>) and why (<see cref="Message"/>, French by default, English through
/// <see cref="GetMessage(MessageLanguage)"/>).
/// </summary>
/// <remarks>
/// <para>Every validator, JSON reader and parser of the library reports problems in this one shape, and reports
/// all the problems it found rather than only the first.</para>
/// <para>Paths use camelCase member names, brackets for list indexes and dots between levels, as in
/// <c>advisors[3].contract.endDate</c>; the empty string is the document itself.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class Problem : IEquatable<Problem>
{

    /// <summary>Initializes a problem without message arguments, with the default severity of its definition.</summary>
    /// <param name="definition">The definition of its code, from <see cref="ProblemCatalog"/> or the module that reports it.</param>
    /// <param name="path">Where the offending value is; the empty string for the document itself.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> or <paramref name="path"/> is null.</exception>
    public Problem(ProblemDefinition definition, string path)
        : this(definition, path, arguments: null)
    {
    }

    /// <summary>Initializes a problem with the default severity of its definition.</summary>
    /// <param name="definition">The definition of its code, from <see cref="ProblemCatalog"/> or the module that reports it.</param>
    /// <param name="path">Where the offending value is; the empty string for the document itself.</param>
    /// <param name="arguments">The values that fill the message placeholders, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> or <paramref name="path"/> is null.</exception>
    public Problem(ProblemDefinition definition, string path, IReadOnlyDictionary<string, string>? arguments)
        : this(definition, path, (definition ?? throw new ArgumentNullException(nameof(definition))).Severity, arguments)
    {
    }

    /// <summary>Initializes a problem with an explicit severity.</summary>
    /// <param name="definition">The definition of its code, from <see cref="ProblemCatalog"/> or the module that reports it.</param>
    /// <param name="path">Where the offending value is; the empty string for the document itself.</param>
    /// <param name="severity">How serious the problem is.</param>
    /// <param name="arguments">The values that fill the message placeholders, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> or <paramref name="path"/> is null.</exception>
    public Problem(ProblemDefinition definition, string path, ProblemSeverity severity, IReadOnlyDictionary<string, string>? arguments)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(path);
        Definition = definition;
        Path = path;
        Severity = severity;
        Arguments = Freeze(arguments);
    }

    /// <summary>
    /// Initializes a problem whose code the library does not define, such as a code set by a host application's own
    /// FluentValidation validator (<c>WithErrorCode</c>) or FluentValidation's default codes
    /// (<c>NotEmptyValidator</c>): the code and the message are carried as given.
    /// </summary>
    /// <remarks>To report one of the library's codes, with its messages in both languages, pass its definition
    /// (<see cref="ProblemCatalog.Get(string)"/>) to another constructor.</remarks>
    /// <param name="code">Any non-empty code.</param>
    /// <param name="path">Where the offending value is; the empty string for the document itself.</param>
    /// <param name="severity">How serious the problem is.</param>
    /// <param name="message">The message, already rendered by its author, used whatever the language asked for.</param>
    /// <param name="arguments">Values that describe the problem (kept for programs), or null.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="arguments"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    public Problem(string code, string path, ProblemSeverity severity, string message, IReadOnlyDictionary<string, string>? arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(message);
        Definition = new ProblemDefinition(code, severity, message, message, isLibraryCode: false);
        Path = path;
        Severity = severity;
        Arguments = Freeze(arguments);
    }

    // A problem made by Under/At keeps the definition it has, whether the library defines its code or not.
    private Problem(ProblemDefinition definition, string path, ProblemSeverity severity, IReadOnlyDictionary<string, string> arguments, bool frozen)
    {
        Debug.Assert(frozen, "The arguments come from another problem.");
        Definition = definition;
        Path = path;
        Severity = severity;
        Arguments = arguments;
    }

    // A rules engine's verdict, whose arguments come from the catalog and the engine (a title's name, a legal source),
    // not from a document: they are sorted and kept whole, not quoted.
    internal static Problem Verdict(ProblemDefinition definition, string path, IReadOnlyDictionary<string, string> arguments) =>
        new(definition, path, definition.Severity, FrozenArguments.Of(arguments, static value => value), frozen: true);

    /// <summary>Gets the definition of this problem's code.</summary>
    public ProblemDefinition Definition { get; }

    /// <summary>Gets the stable code (for example <c>LI-ID-031</c>); tests and programs should rely on it, not on messages.</summary>
    public string Code => Definition.Code;

    /// <summary>Gets where the offending value is, such as <c>advisors[3].contract.endDate</c>; empty for the document itself.</summary>
    public string Path { get; }

    /// <summary>Gets how serious the problem is.</summary>
    public ProblemSeverity Severity { get; }

    /// <summary>Gets the values that fill the message placeholders, sorted by name.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; }

    /// <summary>Gets the message in French (the default language).</summary>
    public string Message => GetMessage(MessageLanguage.French);

    /// <summary>Gets the message in the given language, with its placeholders filled.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The message.</returns>
    public string GetMessage(MessageLanguage language)
    {
        string template = Definition.GetTemplate(language);
        if (Arguments.Count == 0 || !Definition.IsLibraryCode)
        {
            return template;
        }

        return MessageTemplate.Fill(template, name => Arguments.TryGetValue(name, out string? value) ? Definition.RenderArgument(name, value, language) : null);
    }

    /// <summary>Returns the same problem placed under a parent path.</summary>
    /// <param name="parent">The path of the enclosing value, such as <c>advisors[3]</c>.</param>
    /// <returns>A problem whose path is <paramref name="parent"/> followed by this problem's path.</returns>
    public Problem Under(string parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return new Problem(Definition, ProblemPath.Combine(parent, Path), Severity, Arguments, frozen: true);
    }

    /// <summary>Returns the same problem at another path.</summary>
    /// <param name="path">The new path.</param>
    /// <returns>A copy of this problem at <paramref name="path"/>.</returns>
    public Problem At(string path) => new(Definition, path ?? throw new ArgumentNullException(nameof(path)), Severity, Arguments, frozen: true);

    /// <inheritdoc />
    public bool Equals(Problem? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && Severity == other.Severity
        && Arguments.Count == other.Arguments.Count
        && Arguments.All(a => other.Arguments.TryGetValue(a.Key, out string? v) && string.Equals(v, a.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Problem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Path, Severity);

    /// <summary>Returns <c>path: CODE message</c> in French.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => ToString(MessageLanguage.French);

    /// <summary>Returns <c>path: CODE message</c> in the given language.</summary>
    /// <param name="language">The language of the message.</param>
    /// <returns>A one-line description.</returns>
    public string ToString(MessageLanguage language) =>
        Path.Length == 0 ? $"{Code} {GetMessage(language)}" : $"{Path}: {Code} {GetMessage(language)}";

    private static FrozenArguments Freeze(IReadOnlyDictionary<string, string>? arguments) =>
        arguments is null ? FrozenArguments.Empty : FrozenArguments.Of(arguments, InputLimits.Quote);
}

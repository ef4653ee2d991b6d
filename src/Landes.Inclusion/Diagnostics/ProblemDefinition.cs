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

    /// <summary>Defines an error code (for the modules' definitions).</summary>
    internal static ProblemDefinition Error(string code, string french, string english) =>
        new(code, ProblemSeverity.Error, french, english);

    /// <summary>Defines a warning code (for the modules' definitions).</summary>
    internal static ProblemDefinition Warning(string code, string french, string english) =>
        new(code, ProblemSeverity.Warning, french, english);

    /// <summary>Gets the stable code, of the form <c>LI-AREA-NNN</c> (for example <c>LI-ID-031</c>).</summary>
    public string Code { get; }

    /// <summary>Gets the severity a problem with this code has unless its producer says otherwise.</summary>
    public ProblemSeverity Severity { get; }

    // Renders an argument's neutral value (an ISO date, a list "1,2") in a language; null leaves it to the default.
    private Func<string, string, MessageLanguage, string?>? _renderer;

    // Per argument, the text of each value in French and English: an argument holds a language-neutral value (such as
    // the identifier kind "InseeCode") until a message is rendered in the language asked for.
    private Dictionary<string, IReadOnlyDictionary<string, (string French, string English)>>? _argumentTexts;

    /// <summary>
    /// Gets whether the library defines this code (listed in <see cref="ProblemCatalog"/> and <c>docs/errors.md</c>).
    /// A code that a host application's own validator set is carried as given: its single message, already
    /// rendered, serves as both templates.
    /// </summary>
    public bool IsLibraryCode { get; }

    /// <summary>Gets the id of the rule this code reports on (such as <c>R4</c>, listed in <c>docs/rules.md</c>), or null
    /// when the code reports bad input rather than a rule's verdict.</summary>
    public string? RuleId { get; private init; }

    /// <summary>Gets the legal source of <see cref="RuleId"/>, or null.</summary>
    public string? LegalReference { get; private init; }

    /// <summary>Gets the French message template.</summary>
    public string FrenchTemplate { get; }

    /// <summary>Gets the English message template.</summary>
    public string EnglishTemplate { get; }

    /// <summary>
    /// Renders an argument's value in a language: a value the definition knows a text for (such as the identifier kind
    /// <c>InseeCode</c>, « code INSEE de commune » in French, "INSEE commune code" in English) is given in that language;
    /// a measure (an argument named <c>…Km</c>, <c>…Hours</c> or <c>…Percent</c>) is written with a decimal comma in
    /// French; any other value (a code, the text the user gave) is used as it is.
    /// </summary>
    /// <param name="argument">The argument's name, such as <c>kind</c>.</param>
    /// <param name="value">The argument's language-neutral value.</param>
    /// <param name="language">The language wanted.</param>
    /// <returns>The text to put in the message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="argument"/> or <paramref name="value"/> is null.</exception>
    public string RenderArgument(string argument, string value, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(argument);
        ArgumentNullException.ThrowIfNull(value);
        if (_renderer?.Invoke(argument, value, language) is { } rendered)
        {
            return rendered;
        }

        return _argumentTexts is not null
            && _argumentTexts.TryGetValue(argument, out IReadOnlyDictionary<string, (string French, string English)>? texts)
            && texts.TryGetValue(value, out (string French, string English) text)
            ? (language == MessageLanguage.English ? text.English : text.French)
            : MessageTemplate.Localise(argument, value, language);
    }

    /// <summary>Returns this definition with the texts of one argument's values in each language.</summary>
    internal ProblemDefinition WithArgumentTexts(string argument, IReadOnlyDictionary<string, (string French, string English)> texts)
    {
        var all = new Dictionary<string, IReadOnlyDictionary<string, (string French, string English)>>(StringComparer.Ordinal);
        if (_argumentTexts is not null)
        {
            foreach ((string name, IReadOnlyDictionary<string, (string French, string English)> known) in _argumentTexts)
            {
                all[name] = known;
            }
        }

        all[argument] = texts;
        return new ProblemDefinition(Code, Severity, FrenchTemplate, EnglishTemplate, IsLibraryCode)
        {
            _argumentTexts = all, _renderer = _renderer, RuleId = RuleId, LegalReference = LegalReference,
        };
    }

    /// <summary>Returns this definition tied to a rule and its legal source, with a renderer of its arguments' values.</summary>
    internal ProblemDefinition ForRule(string ruleId, string legalReference, Func<string, string, MessageLanguage, string?>? renderer = null) =>
        new(Code, Severity, FrenchTemplate, EnglishTemplate, IsLibraryCode)
        {
            _argumentTexts = _argumentTexts, _renderer = renderer, RuleId = ruleId, LegalReference = legalReference,
        };

    /// <summary>Gets the template for the given language.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The template, with <c>{name}</c> placeholders.</returns>
    public string GetTemplate(MessageLanguage language) =>
        language == MessageLanguage.English ? EnglishTemplate : FrenchTemplate;

    /// <inheritdoc />
    public override string ToString() => Code;
}

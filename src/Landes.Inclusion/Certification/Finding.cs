using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Landes.Inclusion.Certification;

/// <summary>
/// One rule applied by the <see cref="CertificationEngine"/>: the rule id (R1–R6 and R13 of <c>docs/rules.md</c>), its legal
/// reference, a verdict and a message in French (default) or English.
/// </summary>
/// <remarks>Messages are built on demand, so evaluating costs no text formatting. Immutable and thread-safe.</remarks>
public sealed class Finding
{
    internal Finding(FindingKind kind, TitleVersion title, int block = 0, LocalDate? date = null, LocalDate? until = null, TitleVersion? other = null, int otherBlock = 0)
    {
        Kind = kind;
        TitleVersion = title;
        Block = block == 0 ? null : block;
        Date = date;
        Until = until;
        OtherTitle = other;
        OtherBlock = otherBlock == 0 ? null : otherBlock;
    }

    /// <summary>Gets what the finding is about.</summary>
    public FindingKind Kind { get; }

    /// <summary>Gets the definition of the finding's code (<c>LI-CER-2xx</c>): its rule, legal source, default severity
    /// and messages, from the one text store of the certification module.</summary>
    public ProblemDefinition Definition => FindingTexts.Of(Kind).Definition;

    /// <summary>Gets the stable code of the finding (<c>LI-CER-210</c> to <c>LI-CER-246</c>, listed in <c>docs/errors.md</c>).</summary>
    public string Code => Definition.Code;

    /// <summary>Gets the rule id, such as <c>R4</c>.</summary>
    public string RuleId => Definition.RuleId!;

    /// <summary>Gets the legal reference of the rule.</summary>
    public string LegalReference => Definition.LegalReference!;

    /// <summary>Gets the verdict.</summary>
    public FindingVerdict Verdict => FindingTexts.Of(Kind).Verdict;

    /// <summary>Gets the identifier of the title version the finding is about.</summary>
    public string Title => TitleVersion.Id;

    /// <summary>Gets the CCP number concerned, or null.</summary>
    public int? Block { get; }

    /// <summary>Gets the main date of the finding (a session, an end, a deadline), or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets a second date (a deadline, an expiry), or null.</summary>
    public LocalDate? Until { get; }

    /// <summary>Gets the identifier of another title version concerned (a predecessor, a successor), or null.</summary>
    public string? Other => OtherTitle?.Id;

    /// <summary>Gets the CCP number in the other title version, or null.</summary>
    public int? OtherBlock { get; }

    /// <summary>Gets the message in French.</summary>
    public string Message => GetMessage(MessageLanguage.French);

    /// <summary>Gets the validation problem of a <see cref="FindingKind.RecordInconsistent"/> finding, or null.</summary>
    public Problem? RecordProblem { get; internal init; }

    /// <summary>Gets the source of the session evidence or remote-session frame the finding relies on, or null.</summary>
    public string? Evidence => Frame?.Source;

    internal SessionFrame? Frame { get; init; }

    internal TitleVersion TitleVersion { get; }

    internal TitleVersion? OtherTitle { get; }

    internal IReadOnlyList<int>? Held { get; init; }

    internal IReadOnlyList<int>? Missing { get; init; }

    /// <summary>
    /// Returns the finding as a problem, the shape every engine of the library reports in: its code, rule, severity and
    /// arguments in a neutral form (ISO dates, CCP lists such as <c>1,2</c>), written out in the language asked for
    /// when the message is rendered. A <see cref="FindingKind.RecordInconsistent"/> finding returns the record's own
    /// validation problem (<see cref="RecordProblem"/>).
    /// </summary>
    /// <returns>The problem, at the path of the record (the empty string).</returns>
    public Problem ToProblem()
    {
        if (RecordProblem is { } recordProblem)
        {
            return recordProblem;
        }

        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in MessageTemplate.Placeholders(Definition.FrenchTemplate))
        {
            arguments[name] = Argument(name);
        }

        return Problem.Verdict(Definition, ProblemPath.Root, arguments);
    }

    /// <summary>Gets the message in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message, its placeholders filled.</returns>
    public string GetMessage(MessageLanguage language) =>
        RecordProblem is { } recordProblem
            ? MessageTemplate.Fill(Definition.GetTemplate(language), name => name switch
            {
                "problem" => recordProblem.GetMessage(language),
                "path" => recordProblem.Path,
                _ => null,
            })
            : ToProblem().GetMessage(language);

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {StableEnumNames.GetName(Verdict)}: {Message}";

    // Each argument in a neutral form; FindingTexts.RenderArgument writes dates and CCP lists in the message's language.
    private string Argument(string name) => name switch
    {
        "title" => TitleVersion.ShortName,
        "other" => OtherTitle?.ShortName ?? string.Empty,
        "block" => Block?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        "otherBlock" => OtherBlock?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        "date" => Iso(Date),
        "until" => Iso(Until),
        "held" => string.Join(",", Held ?? []),
        "missing" => string.Join(",", Missing ?? []),
        "end" => Iso(TitleVersion.ValidUntil),
        "from" => Iso(TitleVersion.ValidFrom),
        "otherFrom" => Iso(OtherTitle?.ValidFrom),
        "source" => Frame?.Source ?? string.Empty,
        "uncertainty" => Frame?.Uncertainty ?? string.Empty,
        "frameFrom" => Iso(Frame?.From),
        "frameUntil" => Iso(Frame?.Until),
        "programme" => Frame?.Programme ?? string.Empty,
        "frameBlocks" => Frame is { } fb ? string.Join(", CCP", fb.Blocks.Select(b => b.ToString(CultureInfo.InvariantCulture))) : string.Empty,
        _ => string.Empty,
    };

    private static string Iso(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : string.Empty;
}

using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;
using NodaTime;

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

    /// <summary>Gets the rule id, such as <c>R4</c>.</summary>
    public string RuleId => FindingTexts.Of(Kind).RuleId;

    /// <summary>Gets the legal reference of the rule.</summary>
    public string LegalReference => FindingTexts.LegalReference(RuleId);

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
    public Problem? Problem { get; internal init; }

    /// <summary>Gets the source of the session evidence or remote-session frame the finding relies on, or null.</summary>
    public string? Evidence => Frame?.Source;

    internal SessionFrame? Frame { get; init; }

    internal TitleVersion TitleVersion { get; }

    internal TitleVersion? OtherTitle { get; }

    internal IReadOnlyList<int>? Held { get; init; }

    internal IReadOnlyList<int>? Missing { get; init; }

    /// <summary>Gets the message in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message, its placeholders filled.</returns>
    public string GetMessage(MessageLanguage language)
    {
        string template = language == MessageLanguage.English ? FindingTexts.Of(Kind).English : FindingTexts.Of(Kind).French;
        return MessageTemplate.Fill(template, name => Fill(name, language));
    }

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {StableEnumNames.GetName(Verdict)}: {Message}";

    private string? Fill(string name, MessageLanguage language) => name switch
    {
        "title" => TitleVersion.ShortName,
        "other" => OtherTitle?.ShortName ?? string.Empty,
        "block" => Block?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        "otherBlock" => OtherBlock?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        "date" => Date is { } d ? FindingTexts.FormatDate(d, language) : string.Empty,
        "until" => Until is { } u ? FindingTexts.FormatDate(u, language) : string.Empty,
        "held" => FindingTexts.FormatBlocks(Held, language),
        "missing" => FindingTexts.FormatBlocks(Missing, language),
        "end" => TitleVersion.ValidUntil is { } e ? FindingTexts.FormatDate(e, language) : string.Empty,
        "from" => FindingTexts.FormatDate(TitleVersion.ValidFrom, language),
        "otherFrom" => OtherTitle is { } o ? FindingTexts.FormatDate(o.ValidFrom, language) : string.Empty,
        "source" => Frame?.Source ?? string.Empty,
        "uncertainty" => Frame?.Uncertainty ?? (language == MessageLanguage.English ? "none stated" : "non précisée"),
        "frameFrom" => Frame is { } f ? FindingTexts.FormatDate(f.From, language) : string.Empty,
        "frameUntil" => Frame?.Until is { } fu ? FindingTexts.FormatDate(fu, language) : (language == MessageLanguage.English ? "an unknown date" : "une date inconnue"),
        "programme" => Frame?.Programme ?? string.Empty,
        "frameBlocks" => Frame is { } fb ? string.Join(", CCP", fb.Blocks.Select(b => b.ToString(System.Globalization.CultureInfo.InvariantCulture))) : string.Empty,
        "problem" => Problem?.GetMessage(language) ?? string.Empty,
        "path" => Problem?.Path ?? string.Empty,
        _ => null,
    };
}

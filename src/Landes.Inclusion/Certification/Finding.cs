using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;
using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>What a finding of the certification engine is about; each kind belongs to one rule (R1–R6, R13).</summary>
[JsonConverter(typeof(StableEnumJsonConverter<FindingKind>))]
public enum FindingKind
{
    /// <summary>R5: the title was delivered by the jury.</summary>
    TitleAwarded = 1,

    /// <summary>R1: every CCP of the title is held: the title is obtained by capitalisation.</summary>
    AllBlocksHeld,

    /// <summary>R1: some CCPs are held, others are missing.</summary>
    BlocksMissing,

    /// <summary>R1: the catalog lists only some of the title's CCPs: capitalisation cannot be established.</summary>
    BlockListIncomplete,

    /// <summary>R3: a CCP obtained during the title's validity is acquired.</summary>
    BlockAcquired,

    /// <summary>R4: a CCP obtained after the end, within the completion allowance, is acquired.</summary>
    BlockAcquiredInAllowance,

    /// <summary>R3: a result dated outside the title's validity is not counted.</summary>
    ResultOutsideValidity,

    /// <summary>R3: a CCP obtained before 14 July 2016 counts for five years (the rule of the time).</summary>
    BlockAcquiredFiveYears,

    /// <summary>R3: a CCP obtained before 14 July 2016 is no longer counted: its five years have passed.</summary>
    BlockExpiredFiveYears,

    /// <summary>R4: a CCP of an older version gives a CCP of this version through a published correspondence.</summary>
    BlockCarriedOver,

    /// <summary>R4: a published correspondence gives no counterpart to a CCP of an older version.</summary>
    BlockWithoutCounterpart,

    /// <summary>R4: a CCP of an older version cannot be carried over: the correspondence is not published.</summary>
    CorrespondenceNotPublished,

    /// <summary>R3: the title is in force; missing CCPs may be acquired until its last day.</summary>
    InForceUntil,

    /// <summary>R3: the title is in force with no known end.</summary>
    InForceOpenEnded,

    /// <summary>R3: the title is not yet in force.</summary>
    NotYetInForce,

    /// <summary>R4: the title has ended; the candidate may still complete it within the allowance.</summary>
    AllowanceOpen,

    /// <summary>R4: the title has ended and the record does not show the allowance's conditions.</summary>
    AllowanceNotEligible,

    /// <summary>R4: the title has ended and the allowance has run out.</summary>
    AllowanceExpired,

    /// <summary>R4: the title has ended and no completion allowance applies.</summary>
    EndedWithoutAllowance,

    /// <summary>R4: the title was revised or prorogued: its successor.</summary>
    Succeeded,

    /// <summary>R4: the correspondence with the successor is not published: what the held CCPs give in it is unknown.</summary>
    SuccessorCorrespondenceNotPublished,

    /// <summary>R2: the record does not show training started before a session (condition of access).</summary>
    TrainingNotShown,

    /// <summary>R5: a decision has no procès-verbal reference.</summary>
    NoProcesVerbal,

    /// <summary>R5: a CCP was not obtained at a session.</summary>
    BlockNotObtained,

    /// <summary>R6: after a failure, the candidate may sit again without new training until a date.</summary>
    ResitOpen,

    /// <summary>R6: the year to sit again without new training has passed.</summary>
    ResitClosed,

    /// <summary>R1: a CCS is held after the title.</summary>
    CcsHeld,

    /// <summary>R1: a CCS is dated before the title is held (a CCS is obtained only after the title).</summary>
    CcsBeforeTitle,

    /// <summary>R5: an entry dated after the evaluation date is ignored.</summary>
    FutureEntryIgnored,

    /// <summary>
    /// R5: a CCP obtained outside the title's validity and allowance but inside the catalog's evidence of sessions: the
    /// jury's decision counts; the finding names the uncertain fact and the evidence.
    /// </summary>
    BlockAcquiredUnderEvidence,

    /// <summary>
    /// R5: as <see cref="BlockAcquiredUnderEvidence"/>, but the evidence covers one programme's candidates and the record
    /// does not say the candidate's programme.
    /// </summary>
    BlockUnderEvidenceProgrammeNotShown,

    /// <summary>R4: after the end of the title, the catalog holds evidence of sessions held later (information).</summary>
    SessionEvidenceAfterEnd,

    /// <summary>R13: a remote session inside a catalog frame, with the remote method in the procès-verbal and the DGEFP told.</summary>
    RemoteSessionCovered,

    /// <summary>R13: a remote session inside a frame, but the record does not show both conditions (or the programme).</summary>
    RemoteSessionConditionsNotShown,

    /// <summary>R13: a remote session inside a frame without the remote method in the procès-verbal or without the DGEFP told.</summary>
    RemoteSessionNotCovered,

    /// <summary>R13: a remote session outside every frame (another CCP, another title, another programme or another date).</summary>
    RemoteSessionOutsideFrame,

    /// <summary>The record fails its validation (see <see cref="Finding.Problem"/>): the outcome is undetermined.</summary>
    RecordInconsistent,
}

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

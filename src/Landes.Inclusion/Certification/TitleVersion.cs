using Landes.Inclusion.Identifiers;
using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>
/// One version of a titre professionnel, as defined by one arrêté: its codes, level, validity window, end status,
/// place in its lineage and CCP blocks (Code de l'éducation R. 338-1 to R. 338-8).
/// </summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class TitleVersion
{
    /// <summary>Gets the identifier of this version in its catalog, such as <c>remn-2019</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the identifier of the lineage (every version of the same title shares it), such as <c>mediation-numerique</c>.</summary>
    public required string Lineage { get; init; }

    /// <summary>Gets the official name (intitulé) of the title.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the usual abbreviation (REMN, CMN), or null.</summary>
    public string? Abbreviation { get; init; }

    /// <summary>Gets the titre professionnel code (TP-…), or null where none is known.</summary>
    public TitreProfessionnelCode? TitleCode { get; init; }

    /// <summary>Gets the RNCP code, or null where none is known.</summary>
    public RncpCode? RncpCode { get; init; }

    /// <summary>Gets a value indicating whether the RNCP code was read on the official register (false: secondary source).</summary>
    public bool RncpCodeVerified { get; init; }

    /// <summary>Gets the level in the cadre national des certifications (3 to 8), or null where unknown.</summary>
    public int? Level { get; init; }

    /// <summary>Gets the NSF domain (nomenclature des spécialités de formation), such as <c>320t</c>, or null.</summary>
    public string? NsfDomain { get; init; }

    /// <summary>Gets the arrêté that creates this version.</summary>
    public required LegalText LegalText { get; init; }

    /// <summary>Gets the first day of validity (inclusive).</summary>
    public required LocalDate ValidFrom { get; init; }

    /// <summary>Gets the last day of validity (inclusive), or null while the end is open or unknown.</summary>
    public LocalDate? ValidUntil { get; init; }

    /// <summary>Gets a value indicating whether the validity window comes from an official text (false: a secondary source or a usual rule).</summary>
    public bool ValidityVerified { get; init; }

    /// <summary>Gets what became of the title at the end of its validity, or null while it is in force.</summary>
    public TitleEndStatus? EndStatus { get; init; }

    /// <summary>
    /// Gets the last day (inclusive) on which candidates registered to a session before the end may still complete the
    /// title, when a text or an authority states one; null to apply the law's default (one year after the end of a
    /// closed title, rule R4).
    /// </summary>
    public LocalDate? CompletionDeadline { get; init; }

    /// <summary>Gets the identifier of the version this one replaces, or null.</summary>
    public string? Predecessor { get; init; }

    /// <summary>Gets the identifier of the version that replaces this one, or null.</summary>
    public string? Successor { get; init; }

    /// <summary>Gets the CCP blocks, in number order.</summary>
    public required IReadOnlyList<CertificationBlock> Blocks { get; init; }

    /// <summary>Gets a value indicating whether <see cref="Blocks"/> lists every block of the title (false where sources list only some); required, so that a catalog always says it.</summary>
    public required bool BlocksComplete { get; init; }

    /// <summary>Gets the certificats complémentaires de spécialisation (CCS) attached to the title.</summary>
    public IReadOnlyList<CcsDefinition> Ccs { get => _ccs; init => _ccs = value ?? []; }

    // Absent from a JSON document, the source-generated reader passes null to the init accessor: read as empty.
    private readonly IReadOnlyList<CcsDefinition> _ccs = [];

    /// <summary>
    /// Gets the evidence of sessions held after the end of validity and of any completion allowance (for example the REMN
    /// CCP1 sessions organised for CnFS until 12 July 2025): a result inside one counts, with a finding that says which
    /// fact is uncertain and what the evidence is (rule R5: a jury's decision is a fact).
    /// </summary>
    public IReadOnlyList<SessionFrame> SessionEvidence { get => _sessionEvidence; init => _sessionEvidence = value ?? []; }

    // Absent from a JSON document, the source-generated reader passes null to the init accessor: read as empty.
    private readonly IReadOnlyList<SessionFrame> _sessionEvidence = [];

    /// <summary>
    /// Gets the frames in which remote sessions are allowed (rule R13: REMN CCP1 for CnFS from the arrêté of
    /// 14 November 2024); a remote result outside every frame is reported.
    /// </summary>
    public IReadOnlyList<SessionFrame> RemoteSessions { get => _remoteSessions; init => _remoteSessions = value ?? []; }

    // Absent from a JSON document, the source-generated reader passes null to the init accessor: read as empty.
    private readonly IReadOnlyList<SessionFrame> _remoteSessions = [];

    /// <summary>Gets where the facts of this version come from, with their vintage.</summary>
    public IReadOnlyList<string> Sources { get => _sources; init => _sources = value ?? []; }

    // Absent from a JSON document, the source-generated reader passes null to the init accessor: read as empty.
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>Gets the abbreviation, or the name when there is none (used in messages).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string ShortName => Abbreviation ?? Name;
}

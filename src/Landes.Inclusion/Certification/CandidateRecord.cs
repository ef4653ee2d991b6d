using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>
/// A candidate's certification record: block results, session registrations, training start, title and CCS awards,
/// as the procès-verbaux show them. Titles are named by their catalog identifier.
/// </summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class CandidateRecord
{
    /// <summary>The schema version this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Gets the schema version of the document.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the candidate's identifier in the host application, or null.</summary>
    public string? CandidateId { get; init; }

    /// <summary>
    /// Gets the programme the candidate trained under (such as <c>cnfs</c>), or null when the record does not say: session
    /// evidence and remote-session frames limited to a programme (rules R5, R13) match it.
    /// </summary>
    public string? Programme { get; init; }

    /// <summary>Gets the day the candidate's training started, or null when the record does not show it.</summary>
    public LocalDate? TrainingStart { get; init; }

    /// <summary>Gets the block results (success or failure), in any order.</summary>
    public IReadOnlyList<BlockResult> Results { get => _results; init => _results = value ?? []; }

    // Absent from a JSON document, the source-generated reader passes null to the init accessor: read as empty.
    private readonly IReadOnlyList<BlockResult> _results = [];

    /// <summary>Gets the session registrations.</summary>
    public IReadOnlyList<SessionRegistration> Registrations { get => _registrations; init => _registrations = value ?? []; }

    // Absent from a JSON document, the source-generated reader passes null to the init accessor: read as empty.
    private readonly IReadOnlyList<SessionRegistration> _registrations = [];

    /// <summary>Gets the titles awarded.</summary>
    public IReadOnlyList<TitleAward> TitleAwards { get => _titleAwards; init => _titleAwards = value ?? []; }

    // Absent from a JSON document, the source-generated reader passes null to the init accessor: read as empty.
    private readonly IReadOnlyList<TitleAward> _titleAwards = [];

    /// <summary>Gets the CCS awarded.</summary>
    public IReadOnlyList<CcsAward> CcsAwards { get => _ccsAwards; init => _ccsAwards = value ?? []; }

    // Absent from a JSON document, the source-generated reader passes null to the init accessor: read as empty.
    private readonly IReadOnlyList<CcsAward> _ccsAwards = [];

    /// <summary>The same record with a programme, when it states none (the network knows its advisors' programme).</summary>
    internal CandidateRecord WithProgrammeIfNone(string? programme) => Programme is not null || programme is null ? this : new CandidateRecord
    {
        SchemaVersion = SchemaVersion,
        CandidateId = CandidateId,
        Programme = programme,
        TrainingStart = TrainingStart,
        Results = Results,
        Registrations = Registrations,
        TitleAwards = TitleAwards,
        CcsAwards = CcsAwards,
    };
}

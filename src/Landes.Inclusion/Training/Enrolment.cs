using System.Text.Json.Serialization;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>
/// An advisor's enrolment in a programme's training: the positioning result and the path it gives, the provider,
/// the dates, the sessions, absences and exam sittings, the continuing-training modules taken since, and the
/// certification facts the rules need (R8, R9) given as data rather than as certification records.
/// </summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class Enrolment
{
    private readonly IReadOnlyList<ContinuingModule> _continuingModules = [];
    private readonly IReadOnlyList<ExamSitting> _examSittings = [];
    private readonly IReadOnlyList<Absence> _absences = [];
    private readonly IReadOnlyList<TrainingSession> _sessions = [];
    /// <summary>Gets the enrolment's identifier, unique in a document.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the advisor's identifier (one paid initial training per advisor, R9).</summary>
    public required string PersonId { get; init; }

    /// <summary>Gets the programme's identifier (for example <c>cnfs</c>).</summary>
    public required string ProgrammeId { get; init; }

    /// <summary>Gets the course: initial training (the default) or the CCP2+CCP3 course.</summary>
    public CourseKind Course { get; init; } = CourseKind.Initial;

    /// <summary>Gets who pays for this training: the programme (the default) or another funder (R9).</summary>
    public TrainingFunding Funding { get; init; }

    /// <summary>Gets the date the advisor took up the post (recruitment; R8, R9).</summary>
    public required LocalDate InPostSince { get; init; }

    /// <summary>Gets the positioning test's result, or null when none is recorded (R7).</summary>
    public Positioning? Positioning { get; init; }

    /// <summary>Gets the path followed (a path identifier of the period), or null for an exemption or the CCP2+CCP3 course.</summary>
    public string? PathId { get; init; }

    /// <summary>Gets the training body (for example <c>Afpa</c>), or null.</summary>
    public string? Provider { get; init; }

    /// <summary>Gets the first day of training, or null when exempted.</summary>
    public LocalDate? Start { get; init; }

    /// <summary>Gets the last day of training (planned or actual), or null when exempted.</summary>
    public LocalDate? End { get; init; }

    /// <summary>Gets the exemption from initial training, or null (R8).</summary>
    public Exemption? Exemption { get; init; }

    /// <summary>Gets the date CCP1 was obtained, when it was, or null (R9: prerequisite of the CCP2+CCP3 course).</summary>
    public LocalDate? Ccp1ObtainedOn { get; init; }

    /// <summary>Gets the training sessions attended.</summary>
    public IReadOnlyList<TrainingSession> Sessions
    {
        get => _sessions;
        init => _sessions = value ?? [];
    }

    /// <summary>Gets the absences from training (R11).</summary>
    public IReadOnlyList<Absence> Absences
    {
        get => _absences;
        init => _absences = value ?? [];
    }

    /// <summary>Gets the exam sittings (R10).</summary>
    public IReadOnlyList<ExamSitting> ExamSittings
    {
        get => _examSittings;
        init => _examSittings = value ?? [];
    }

    /// <summary>Gets the continuing-training modules taken (R12).</summary>
    public IReadOnlyList<ContinuingModule> ContinuingModules
    {
        get => _continuingModules;
        init => _continuingModules = value ?? [];
    }

    /// <summary>Gets the date the advisor entered initial training: its start, or the exemption's decision date.</summary>
    [JsonIgnore]
    public LocalDate? EnteredOn => Exemption is { } exemption ? exemption.DecidedOn : Start;

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>The result of the training body's positioning test, which decides the path (R7).</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class Positioning
{
    /// <summary>Gets the date of the test.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets the path the test gave.</summary>
    public required string PathId { get; init; }
}

/// <summary>An exemption from initial training (R8), with its ground and its evidence.</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class Exemption
{
    /// <summary>Gets what grounds the exemption.</summary>
    public required ExemptionReason Reason { get; init; }

    /// <summary>Gets the evidence (for example the reference of the livret de certification).</summary>
    public required string Evidence { get; init; }

    /// <summary>Gets the date the certification was obtained.</summary>
    public required LocalDate CertifiedOn { get; init; }

    /// <summary>Gets the date the exemption was decided; it decides the rule period.</summary>
    public required LocalDate DecidedOn { get; init; }
}

/// <summary>A training session: its date, its exact duration in minutes, its kind and optionally its start time.</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class TrainingSession
{
    /// <summary>Gets the day of the session.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets the duration in minutes (exact; positive).</summary>
    public required int Minutes { get; init; }

    /// <summary>Gets where and how the session took place.</summary>
    public required TrainingSessionKind Kind { get; init; }

    /// <summary>Gets the start time when known, which lets validation detect overlaps within a day; or null.</summary>
    public LocalTime? StartTime { get; init; }

    /// <summary>Gets the duration.</summary>
    [JsonIgnore]
    public Duration Duration => Duration.FromMinutes(Minutes);
}

/// <summary>An absence from training (R11).</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class Absence
{
    /// <summary>Gets the day of the absence.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets the training time missed, in minutes.</summary>
    public required int Minutes { get; init; }

    /// <summary>Gets the justification.</summary>
    public required AbsenceJustification Justification { get; init; }
}

/// <summary>An exam sitting (R10).</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class ExamSitting
{
    /// <summary>Gets the certification sat (a target identifier of the period, for example <c>ccp1</c>).</summary>
    public required string TargetId { get; init; }

    /// <summary>Gets the date of the sitting.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets what happened.</summary>
    public required ExamOutcome Outcome { get; init; }
}

/// <summary>A continuing-training module (R12): one of the programme's thematic modules of 7 h or 14 h.</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class ContinuingModule
{
    /// <summary>Gets the module's name or code.</summary>
    public required string Module { get; init; }

    /// <summary>Gets the date the module was taken (its first day).</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets the module's length in hours.</summary>
    public required int Hours { get; init; }
}

/// <summary>A set of enrolments as a JSON document (<c>docs/schemas/training-enrolments.schema.json</c>).</summary>
public sealed class EnrolmentsDocument
{
    /// <summary>The schema version this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Gets the schema version of the document.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the enrolments.</summary>
    public required IReadOnlyList<Enrolment> Enrolments { get; init; }
}

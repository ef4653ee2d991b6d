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

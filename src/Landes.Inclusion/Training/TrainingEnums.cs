using System.Text.Json.Serialization;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Training;

/// <summary>
/// What a training session was, lessons or stage, and for lessons where they were given. In JSON: <c>in-centre</c>,
/// <c>in-structure</c>, <c>stage</c>, <c>remote</c>. <see cref="Stage"/> counts towards a path's stage hours wherever it
/// is done, the host structure included; every other kind is lessons and counts towards the lesson hours.
/// </summary>
/// <remarks>
/// The kind says lessons or stage first: a stage done in the host structure (the 2025 paths' alternating 210 h) is
/// <see cref="Stage"/>, never <see cref="InStructure"/>, which is for lessons given there (the 2021 paths'
/// in-structure part). The JSON names are unchanged.
/// </remarks>
[JsonConverter(typeof(StableEnumJsonConverter<TrainingSessionKind>))]
public enum TrainingSessionKind
{
    /// <summary>Lessons in the training body's centre.</summary>
    InCentre = 0,

    /// <summary>
    /// Lessons given in the host structure (the 2021 paths' in-structure part): lesson hours. A stage done in the host
    /// structure is <see cref="Stage"/>, not this.
    /// </summary>
    InStructure = 1,

    /// <summary>Practical stage, wherever it is done, the host structure included (the 2025 paths' 210 h, alternating): stage hours.</summary>
    Stage = 2,

    /// <summary>Remote lessons.</summary>
    Remote = 3,
}

/// <summary>
/// Why an advisor was absent from training or from an exam (R10, R11). In JSON: <c>sick-leave-with-certificate</c>,
/// <c>positive-covid-test</c>, <c>force-majeure</c>, <c>unjustified</c>.
/// </summary>
[JsonConverter(typeof(StableEnumJsonConverter<AbsenceJustification>))]
public enum AbsenceJustification
{
    /// <summary>Sick leave with a medical certificate (justified).</summary>
    SickLeaveWithCertificate = 0,

    /// <summary>A positive Covid-19 test (justified).</summary>
    PositiveCovidTest = 1,

    /// <summary>Force majeure (justified).</summary>
    ForceMajeure = 2,

    /// <summary>No justification.</summary>
    Unjustified = 3,
}

/// <summary>
/// What happened at an exam sitting (R10). In JSON: <c>passed</c>, <c>failed</c>, <c>absent-justified</c>,
/// <c>absent-unjustified</c>, <c>refused</c>, <c>no-dossier</c>, <c>planned</c>.
/// </summary>
[JsonConverter(typeof(StableEnumJsonConverter<ExamOutcome>))]
public enum ExamOutcome
{
    /// <summary>The certification was obtained.</summary>
    Passed = 0,

    /// <summary>The candidate sat and failed (this does not end the contract).</summary>
    Failed = 1,

    /// <summary>Absent with a justification (sick leave with certificate, positive Covid-19 test, force majeure): a new date is set.</summary>
    AbsentJustified = 2,

    /// <summary>Absent without justification: the subsidy may be questioned.</summary>
    AbsentUnjustified = 3,

    /// <summary>The candidate refused to sit: the subsidy may be questioned.</summary>
    Refused = 4,

    /// <summary>The candidate did not hand in the dossier professionnel: the subsidy may be questioned.</summary>
    NoDossier = 5,

    /// <summary>
    /// A sitting recorded before it happens (R10's new date after a justified absence): until that day the advisor is not
    /// overdue; once the day has passed, record the outcome.
    /// </summary>
    Planned = 6,
}

/// <summary>What grounds an exemption from initial training (R8). In JSON: <c>holds-ccp1</c>, <c>holds-title</c>.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<ExemptionReason>))]
public enum ExemptionReason
{
    /// <summary>The advisor held the CCP1 of the targeted title at recruitment.</summary>
    HoldsCcp1 = 0,

    /// <summary>The advisor held the whole title at recruitment.</summary>
    HoldsTitle = 1,
}

/// <summary>Which course an enrolment is for (R9). In JSON: <c>initial</c>, <c>ccp2-ccp3</c>.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<CourseKind>))]
public enum CourseKind
{
    /// <summary>The initial training (a path of the period, towards CCP1 and Pix).</summary>
    Initial = 0,

    /// <summary>The CCP2+CCP3 course (17 weeks, about one day a week), open only to holders of CCP1.</summary>
    Ccp2Ccp3 = 1,
}

/// <summary>
/// Where an enrolment stands on a given date. In JSON: <c>not-started</c>, <c>in-training</c>, <c>exam-due</c>,
/// <c>exam-overdue</c>, <c>exams-sat</c>, <c>completed</c>, <c>exempted</c>, <c>exams-passed-hours-short</c>.
/// </summary>
[JsonConverter(typeof(StableEnumJsonConverter<TrainingStatus>))]
public enum TrainingStatus
{
    /// <summary>Training has not started yet.</summary>
    NotStarted = 0,

    /// <summary>Between the start and the end of training.</summary>
    InTraining = 1,

    /// <summary>Training ended; compulsory exams remain to be sat before the deadline.</summary>
    ExamDue = 2,

    /// <summary>Training ended and the exam deadline passed with compulsory exams not sat.</summary>
    ExamOverdue = 3,

    /// <summary>Every compulsory exam was sat, and at least one was failed.</summary>
    ExamsSat = 4,

    /// <summary>
    /// Every compulsory exam was passed and the path's lesson and stage hours were done (or, for a course without exam,
    /// training ended). Never given with an R7 error.
    /// </summary>
    Completed = 5,

    /// <summary>Exempted from initial training (R8).</summary>
    Exempted = 6,

    /// <summary>
    /// Every compulsory exam was passed, but the path's hours are not shown done: lesson or stage hours short, or a path
    /// the period does not know (the R7 error says which).
    /// </summary>
    ExamsPassedHoursShort = 7,
}

/// <summary>Who pays for a training (R9: one paid initial training per advisor). In JSON: <c>programme</c>, <c>other</c>.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<TrainingFunding>))]
public enum TrainingFunding
{
    /// <summary>The programme pays (the default): it counts as the advisor's one paid initial training.</summary>
    Programme = 0,

    /// <summary>Another funder pays (the employer, the advisor): it does not count towards R9's limit.</summary>
    Other = 1,
}

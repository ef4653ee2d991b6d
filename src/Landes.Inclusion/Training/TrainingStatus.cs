using System.Text.Json.Serialization;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Training;

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

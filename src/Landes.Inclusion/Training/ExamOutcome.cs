using System.Text.Json.Serialization;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Training;

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

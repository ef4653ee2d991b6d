using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Testing.Training;

/// <summary>Copies of an enrolment with some members changed, for generators and tests (enrolments are immutable).</summary>
public static class EnrolmentChanges
{
    /// <summary>Returns a copy of an enrolment with the given members replaced; the others are shared with the original.</summary>
    /// <param name="e">The enrolment.</param>
    /// <param name="sessions">The new sessions, or null to keep them.</param>
    /// <param name="end">The new end date, or null to keep it.</param>
    /// <param name="pathId">The new path (also given by the positioning), or null to keep it.</param>
    /// <param name="programmeId">The new programme, or null to keep it.</param>
    /// <param name="absences">The new absences, or null to keep them.</param>
    /// <param name="sittings">The new exam sittings, or null to keep them.</param>
    /// <param name="modules">The new continuing modules, or null to keep them.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is null.</exception>
    public static Enrolment With(
        this Enrolment e,
        IReadOnlyList<TrainingSession>? sessions = null,
        LocalDate? end = null,
        string? pathId = null,
        string? programmeId = null,
        IReadOnlyList<Absence>? absences = null,
        IReadOnlyList<ExamSitting>? sittings = null,
        IReadOnlyList<ContinuingModule>? modules = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new Enrolment
        {
            Id = e.Id,
            PersonId = e.PersonId,
            ProgrammeId = programmeId ?? e.ProgrammeId,
            Course = e.Course,
            Funding = e.Funding,
            InPostSince = e.InPostSince,
            Positioning = pathId is null ? e.Positioning : new Positioning { Date = e.Positioning?.Date ?? e.InPostSince, PathId = pathId },
            PathId = pathId ?? e.PathId,
            Provider = e.Provider,
            Start = e.Start,
            End = end ?? e.End,
            Exemption = e.Exemption,
            Ccp1ObtainedOn = e.Ccp1ObtainedOn,
            Sessions = sessions ?? e.Sessions,
            Absences = absences ?? e.Absences,
            ExamSittings = sittings ?? e.ExamSittings,
            ContinuingModules = modules ?? e.ContinuingModules,
        };
    }
}

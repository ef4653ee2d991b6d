using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Tests.Training;

/// <summary>Builds the enrolments of the tests: sessions of 7 h on working days (no weekend, no public holiday).</summary>
internal static class TrainingSamples
{
    public static readonly TrainingComplianceChecker Checker = new(TrainingProgrammeCatalog.Default);

    public static List<TrainingSession> Sessions(LocalDate start, int hours, TrainingSessionKind kind = TrainingSessionKind.InCentre)
    {
        var sessions = new List<TrainingSession>();
        int minutes = hours * 60;
        for (LocalDate day = start; minutes > 0; day = day.PlusDays(1))
        {
            if (day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday || FrenchPublicHolidays.IsHoliday(day))
            {
                continue;
            }

            int length = Math.Min(420, minutes);
            sessions.Add(new TrainingSession { Date = day, Minutes = length, Kind = kind, StartTime = new LocalTime(9, 0) });
            minutes -= length;
        }

        return sessions;
    }

    public static Enrolment Trained(
        LocalDate start,
        string path,
        IReadOnlyList<TrainingSession> sessions,
        LocalDate? end = null,
        string id = "e1",
        string person = "cn-1",
        string? positionedPath = "",
        LocalDate? inPostSince = null,
        IReadOnlyList<ExamSitting>? sittings = null,
        IReadOnlyList<Absence>? absences = null,
        IReadOnlyList<ContinuingModule>? modules = null,
        CourseKind course = CourseKind.Initial,
        LocalDate? ccp1ObtainedOn = null,
        bool paid = true) => new()
    {
        Id = id,
        PersonId = person,
        ProgrammeId = TrainingProgrammeCatalog.CnfsProgrammeId,
        Course = course,
        Funding = paid ? TrainingFunding.Programme : TrainingFunding.Other,
        InPostSince = inPostSince ?? start.PlusDays(-30),
        Positioning = positionedPath is null ? null : new Positioning { Date = start.PlusDays(-14), PathId = positionedPath.Length == 0 ? path : positionedPath },
        PathId = path,
        Provider = "Afpa",
        Start = start,
        End = end ?? sessions.Max(s => s.Date),
        Ccp1ObtainedOn = ccp1ObtainedOn,
        Sessions = sessions,
        Absences = absences ?? [],
        ExamSittings = sittings ?? [],
        ContinuingModules = modules ?? [],
    };

    public static Enrolment Exempted(LocalDate decided, LocalDate certified, LocalDate inPost, IReadOnlyList<ContinuingModule>? modules = null, IReadOnlyList<TrainingSession>? sessions = null) => new()
    {
        Id = "x1",
        PersonId = "cn-2",
        ProgrammeId = TrainingProgrammeCatalog.CnfsProgrammeId,
        InPostSince = inPost,
        Exemption = new Exemption { Reason = ExemptionReason.HoldsCcp1, Evidence = "livret CCP1 n° 2020-123", CertifiedOn = certified, DecidedOn = decided },
        Sessions = sessions ?? [],
        ContinuingModules = modules ?? [],
    };

    public static ExamSitting Passed(string target, LocalDate date) => new() { TargetId = target, Date = date, Outcome = ExamOutcome.Passed };

    public static ContinuingModule Module(LocalDate date, int hours = 7) => new() { Module = "Accompagner les publics", Date = date, Hours = hours };

    public static string[] Codes(EnrolmentCompliance result) => [.. result.Findings.Select(f => f.Code)];
}

using BenchmarkDotNet.Attributes;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Benchmarks;

/// <summary>
/// The training compliance check. Budget (issue "Training"): 4,000 enrolments of 100 sessions each (400,000 sessions)
/// checked in at most 50 ms on one core. The baseline only sums the sessions' minutes (the least any check must do),
/// in the same run, so the ratio shows what the rules cost on top of reading the data.
/// </summary>
/// <remarks>
/// The enrolments mix the three CnFS periods (350 h in 2021–2022, 315 h in 2024, 175 h + 210 h stage from 2025),
/// with exam sittings, continuing modules, and one enrolment in ten with an unjustified absence (a finding).
/// </remarks>
[MemoryDiagnoser]
public class TrainingComplianceBenchmarks
{
    private const int EnrolmentCount = 4000;
    private const int SessionsPerEnrolment = 100;

    private static readonly LocalDate AsOf = new(2026, 11, 29);

    private readonly TrainingComplianceChecker _checker = new(TrainingProgrammeCatalog.Default);
    private readonly Enrolment[] _enrolments = [.. Enumerable.Range(0, EnrolmentCount).Select(Make)];

    [Benchmark(Baseline = true)]
    public long SumMinutesOnly()
    {
        long total = 0;
        foreach (Enrolment e in _enrolments)
        {
            IReadOnlyList<TrainingSession> sessions = e.Sessions;
            for (int i = 0; i < sessions.Count; i++)
            {
                total += sessions[i].Minutes;
            }
        }

        return total;
    }

    [Benchmark]
    public int CheckAll()
    {
        IReadOnlyList<EnrolmentCompliance> results = _checker.CheckAll(_enrolments, AsOf);
        return results.Count;
    }

    [Benchmark]
    public int CheckEach()
    {
        int compliant = 0;
        foreach (Enrolment e in _enrolments)
        {
            if (_checker.Check(e, AsOf).IsCompliant)
            {
                compliant++;
            }
        }

        return compliant;
    }

    private static Enrolment Make(int index)
    {
        (LocalDate start, string path, int lessonMinutes, int stageMinutes) = (index % 3) switch
        {
            0 => (new LocalDate(2021, 10, 4).PlusDays(index % 200), "350h", 350 * 60, 0),
            1 => (new LocalDate(2024, 2, 5).PlusDays(index % 200), "315h", 315 * 60, 0),
            _ => (new LocalDate(2025, 2, 3).PlusDays(index % 200), "175h+210h", 175 * 60, 210 * 60),
        };
        int lessonSessions = stageMinutes == 0 ? SessionsPerEnrolment : SessionsPerEnrolment / 2;
        var sessions = new TrainingSession[SessionsPerEnrolment];
        for (int i = 0; i < SessionsPerEnrolment; i++)
        {
            bool stage = i >= lessonSessions;
            int minutes = stage ? stageMinutes / (SessionsPerEnrolment - lessonSessions) : lessonMinutes / lessonSessions;
            sessions[i] = new TrainingSession
            {
                Date = start.PlusDays(i),
                Minutes = minutes,
                Kind = stage ? TrainingSessionKind.Stage : (i % 4 == 0 ? TrainingSessionKind.Remote : TrainingSessionKind.InCentre),
                StartTime = new LocalTime(9, 0),
            };
        }

        LocalDate end = start.PlusDays(SessionsPerEnrolment - 1);
        string person = "cn-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Enrolment
        {
            Id = "e-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            PersonId = person,
            ProgrammeId = TrainingProgrammeCatalog.CnfsProgrammeId,
            InPostSince = start.PlusDays(-20),
            Positioning = new Positioning { Date = start.PlusDays(-10), PathId = path },
            PathId = path,
            Provider = "Afpa",
            Start = start,
            End = end,
            Sessions = sessions,
            Absences = index % 10 == 0 ? [new Absence { Date = start.PlusDays(3), Minutes = 420, Justification = AbsenceJustification.Unjustified }] : [],
            ExamSittings =
            [
                new ExamSitting { TargetId = "ccp1", Date = end.PlusDays(40), Outcome = ExamOutcome.Passed },
                new ExamSitting { TargetId = "pix", Date = end.PlusDays(45), Outcome = ExamOutcome.Passed },
            ],
            ContinuingModules =
            [
                new ContinuingModule { Module = "M1", Date = new LocalDate(2024, 6, 1).PlusDays(index % 300), Hours = 7 },
                new ContinuingModule { Module = "M2", Date = new LocalDate(2025, 5, 1).PlusDays(index % 200), Hours = 14 },
                new ContinuingModule { Module = "M3", Date = new LocalDate(2026, 3, 1), Hours = 7 },
            ],
        };
    }
}

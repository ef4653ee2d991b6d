using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Training;
using NodaTime;
using static Landes.Inclusion.Tests.Training.TrainingSamples;
using Codes = Landes.Inclusion.Training.TrainingProblemCodes;

namespace Landes.Inclusion.Tests.Training;

public sealed class EnrolmentValidatorTests
{
    private static readonly EnrolmentValidator Validator = new();

    private static ValidationReport Validate(Enrolment e) => ValidationReport.FromFluentValidation(Validator.Validate(e));

    [Fact]
    public void Validate_WorkedExample_IsValid()
    {
        var start = new LocalDate(2024, 3, 4);

        Assert.Empty(Validate(Trained(start, "315h", Sessions(start, 315))).Problems);
    }

    [Fact]
    public void Validate_SessionsOutsideTheDates_AreReportedWithTheirPath()
    {
        var start = new LocalDate(2024, 3, 4);
        List<TrainingSession> sessions = Sessions(start, 70);
        Enrolment e = Trained(start, "70h", sessions, end: sessions[^2].Date);

        Problem problem = Assert.Single(Validate(e).Problems);

        Assert.Equal(Codes.SessionOutsideDates, problem.Code);
        Assert.Equal("sessions[9].date", problem.Path);
    }

    [Fact]
    public void Validate_OverlappingSessions_AreReported()
    {
        var day = new LocalDate(2024, 3, 4);
        TrainingSession[] sessions =
        [
            new() { Date = day, Minutes = 180, Kind = TrainingSessionKind.InCentre, StartTime = new LocalTime(9, 0) },
            new() { Date = day, Minutes = 120, Kind = TrainingSessionKind.Remote, StartTime = new LocalTime(11, 0) },
            new() { Date = day, Minutes = 60, Kind = TrainingSessionKind.Remote, StartTime = new LocalTime(14, 0) },
        ];

        Problem problem = Assert.Single(Validate(Trained(day, "70h", sessions, end: day.PlusDays(30))).Problems);

        Assert.Equal(Codes.SessionsOverlap, problem.Code);
        Assert.Equal("sessions[1]", problem.Path);
        Assert.Equal("sessions[0]", problem.Arguments["other"]);
    }

    [Fact]
    public void Validate_SessionsOutOfOrder_AreComparedByDayThenStart()
    {
        var day = new LocalDate(2024, 3, 4);
        TrainingSession[] sessions =
        [
            new() { Date = day.PlusDays(1), Minutes = 60, Kind = TrainingSessionKind.InCentre, StartTime = new LocalTime(14, 0) },
            new() { Date = day, Minutes = 600, Kind = TrainingSessionKind.Remote },
            new() { Date = day, Minutes = 120, Kind = TrainingSessionKind.InCentre, StartTime = new LocalTime(10, 0) },
            new() { Date = day, Minutes = 60, Kind = TrainingSessionKind.InCentre, StartTime = new LocalTime(11, 0) },
            new() { Date = day.PlusDays(1), Minutes = 60, Kind = TrainingSessionKind.Remote, StartTime = new LocalTime(13, 30) },
        ];

        Problem[] problems = [.. Validate(Trained(day, "70h", sessions, end: day.PlusDays(30))).Problems];

        Assert.Equal([("sessions[3]", "sessions[2]"), ("sessions[0]", "sessions[4]")], problems.Select(p => (p.Path, p.Arguments["other"])));
        Assert.All(problems, p => Assert.Equal(Codes.SessionsOverlap, p.Code));
    }

    [Fact]
    public void Validate_MoreThan24HoursInADay_IsAnOverlapEvenWithoutTimes()
    {
        var day = new LocalDate(2024, 3, 4);
        TrainingSession[] sessions = [.. Enumerable.Range(0, 3).Select(_ => new TrainingSession { Date = day, Minutes = 600, Kind = TrainingSessionKind.InCentre })];

        Assert.Equal([Codes.SessionsOverlap], Validate(Trained(day, "70h", sessions, end: day.PlusDays(30))).Problems.Select(p => p.Code));
    }

    [Theory]
    [InlineData(0, Codes.DurationNotPositive)]
    [InlineData(-30, Codes.DurationNotPositive)]
    [InlineData(721, Codes.DurationAbsurd)]
    public void Validate_BadSessionDuration_IsReported(int minutes, string code)
    {
        var day = new LocalDate(2024, 3, 4);
        TrainingSession[] sessions = [new() { Date = day, Minutes = minutes, Kind = TrainingSessionKind.InCentre }];

        Problem problem = Assert.Single(Validate(Trained(day, "70h", sessions, end: day.PlusDays(30))).Problems);

        Assert.Equal(code, problem.Code);
        Assert.Equal("sessions[0].minutes", problem.Path);
    }

    [Fact]
    public void Validate_SessionPastMidnight_IsReported()
    {
        var day = new LocalDate(2024, 3, 4);
        TrainingSession[] sessions = [new() { Date = day, Minutes = 120, Kind = TrainingSessionKind.InCentre, StartTime = new LocalTime(23, 0) }];

        Assert.Equal([Codes.SessionPastMidnight], Validate(Trained(day, "70h", sessions, end: day.PlusDays(30))).Problems.Select(p => p.Code));
    }

    [Fact]
    public void Validate_ManyDefects_ReportsEveryOne()
    {
        var start = new LocalDate(2024, 3, 4);
        Enrolment e = Trained(start, "999h", Sessions(start, 14), end: start.PlusDays(-1), id: "",
            sittings: [new ExamSitting { TargetId = "toeic", Date = start.PlusDays(-3), Outcome = ExamOutcome.Passed }],
            absences: [new Absence { Date = start, Minutes = 0, Justification = AbsenceJustification.Unjustified }],
            modules: [new ContinuingModule { Module = "", Date = start, Hours = 10 }]);

        var found = Validate(e).Problems.Select(p => (p.Path, p.Code)).ToHashSet();

        (string, string)[] expected =
        [
            ("id", Codes.Required),
            ("end", Codes.EndBeforeStart),
            ("absences[0].minutes", Codes.DurationNotPositive),
            ("continuingModules[0].module", Codes.Required),
            ("pathId", Codes.PathNotAllowed),
            ("examSittings[0].targetId", Codes.UnknownTarget),
            ("continuingModules[0].hours", Codes.ModuleLengthNotOffered),
        ];
        Assert.Equal(expected.ToHashSet(), found);
    }

    [Fact]
    public void Validate_NotExemptedWithoutDates_AndUnknownProgramme()
    {
        var e = new Enrolment { Id = "e", PersonId = "p", ProgrammeId = "nowhere", InPostSince = new LocalDate(2024, 1, 1), PathId = "70h" };

        Assert.Equal(
            new[] { ("programmeId", Codes.UnknownProgramme), ("start", Codes.DatesMissing), ("end", Codes.DatesMissing) }.ToHashSet(),
            Validate(e).Problems.Select(p => (p.Path, p.Code)).ToHashSet());
    }

    [Fact]
    public void Validate_AbsenceAndSittingOutsideTheTraining_AreReported()
    {
        var start = new LocalDate(2024, 3, 4);
        List<TrainingSession> sessions = Sessions(start, 70);
        Enrolment e = Trained(start, "70h", sessions,
            absences: [new Absence { Date = start.PlusDays(-1), Minutes = 60, Justification = AbsenceJustification.ForceMajeure }],
            sittings: [Passed("ccp1", start.PlusDays(-1))]);

        Assert.Equal(
            new[] { ("absences[0].date", Codes.AbsenceOutsideDates), ("examSittings[0].date", Codes.SittingBeforeStart) }.ToHashSet(),
            Validate(e).Problems.Select(p => (p.Path, p.Code)).ToHashSet());
    }

    [Fact]
    public void DocumentValidator_DuplicateIds_AndNestedPaths()
    {
        var start = new LocalDate(2024, 3, 4);
        List<TrainingSession> sessions = Sessions(start, 70);
        Enrolment a = Trained(start, "70h", sessions, end: sessions[^2].Date);
        var document = new EnrolmentsDocument { Enrolments = [Trained(start, "70h", sessions), a] };

        ValidationReport report = ValidationReport.FromFluentValidation(new EnrolmentsDocumentValidator(Validator).Validate(document));

        Assert.Equal(
            new[] { ("enrolments[1].sessions[9].date", Codes.SessionOutsideDates), ("enrolments[1].id", Codes.DuplicateId) }.ToHashSet(),
            report.Problems.Select(p => (p.Path, p.Code)).ToHashSet());
    }
}

using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Testing.Training;
using Landes.Inclusion.Tests.Infrastructure;
using Landes.Inclusion.Training;
using NodaTime;
using static Landes.Inclusion.Tests.Training.TrainingSamples;
using Codes = Landes.Inclusion.Training.TrainingProblemCodes;

namespace Landes.Inclusion.Tests.Training;

/// <summary>
/// A status never contradicts an error of the same check (R7 hours), and a new exam date planned after a justified
/// absence (R10) keeps the advisor out of "overdue" until that date.
/// </summary>
public sealed class TrainingFidelityTests
{
    // The 2025 programme: « 175 h de cours + 210 h de stage (en alternance, éventuellement dans la structure d'accueil) ».
    private static Enrolment Path2025(int stageHours, IReadOnlyList<ExamSitting>? sittings = null, Func<LocalDate, IReadOnlyList<ExamSitting>>? sittingsAfter = null)
    {
        var start = new LocalDate(2025, 9, 1);
        List<TrainingSession> lessons = Sessions(start, 175);
        List<TrainingSession> stage = Sessions(lessons[^1].Date.PlusDays(1), stageHours, TrainingSessionKind.Stage);
        LocalDate end = stage[^1].Date;
        return Trained(start, "175h+210h", [.. lessons, .. stage], sittings: sittings ?? sittingsAfter?.Invoke(end) ?? [Passed("ccp1", end.PlusDays(20)), Passed("pix", end.PlusDays(21))]);
    }

    [Fact]
    public void Check_ExamsPassedWithTheStageShort_IsNotCompleted()
    {
        Enrolment e = Path2025(stageHours: 140);

        EnrolmentCompliance result = Checker.Check(e, e.End!.Value.PlusMonths(2));

        Assert.Equal(TrainingStatus.ExamsPassedHoursShort, result.Status);
        Assert.Contains(result.Findings, f => f.Code == Codes.StageHoursShort && f.Severity == ProblemSeverity.Error);
        Assert.Equal("140 h", result.Findings.Single(f => f.Code == Codes.StageHoursShort).Problem.Arguments["done"]);
    }

    [Fact]
    public void Check_ExamsPassedWithEveryHour_IsCompleted()
    {
        Enrolment e = Path2025(stageHours: 210);

        EnrolmentCompliance result = Checker.Check(e, e.End!.Value.PlusMonths(2));

        Assert.Equal(TrainingStatus.Completed, result.Status);
        Assert.True(result.IsCompliant);
    }

    [Fact]
    public void Property_CompletedNeverComesWithAnR7Error_AndOverdueAlwaysWithItsFinding()
    {
        Gen<(Enrolment, LocalDate)> cases =
            from e in Gen.OneOf(TrainingGenerators.Enrolment, TrainingGenerators.TrainedEnrolment, TrainingGenerators.DefectiveEnrolment.Select(d => d.Enrolment))
            from days in Gen.Choose(-30, 900)
            select (e, (e.Start ?? e.InPostSince).PlusDays(days));
        Properties.ForAll(cases, c =>
        {
            EnrolmentCompliance result = Checker.Check(c.Item1, c.Item2);
            bool r7Error = result.Findings.Any(f => f.RuleId == TrainingRules.Paths && f.Severity == ProblemSeverity.Error);
            if (result.Status == TrainingStatus.Completed)
            {
                Assert.False(r7Error, string.Join("\n", result.Findings));
            }

            Assert.Equal(result.Status == TrainingStatus.ExamOverdue, result.Status is not (TrainingStatus.ExamsSat or TrainingStatus.Completed or TrainingStatus.ExamsPassedHoursShort)
                && result.Findings.Any(f => f.Code == Codes.ExamOverdue));
            if (result.IsCompliant)
            {
                Assert.NotEqual(TrainingStatus.ExamOverdue, result.Status);
                Assert.NotEqual(TrainingStatus.ExamsPassedHoursShort, result.Status);
            }
        });
    }

    [Fact]
    public void Check_NewDatePlannedAfterAJustifiedAbsence_IsNotOverdueUntilThatDate()
    {
        var start = new LocalDate(2024, 3, 4);
        List<TrainingSession> sessions = Sessions(start, 70);
        LocalDate end = sessions[^1].Date;
        LocalDate deadline = end.PlusMonths(6);
        LocalDate newDate = deadline.PlusDays(20);
        Enrolment e = Trained(start, "70h", sessions, sittings:
        [
            Passed("pix", end.PlusDays(30)),
            new ExamSitting { TargetId = "ccp1", Date = deadline.PlusDays(-5), Outcome = ExamOutcome.AbsentJustified },
            new ExamSitting { TargetId = "ccp1", Date = newDate, Outcome = ExamOutcome.Planned },
        ]);

        EnrolmentCompliance between = Checker.Check(e, deadline.PlusDays(10));
        EnrolmentCompliance onTheDay = Checker.Check(e, newDate);
        EnrolmentCompliance after = Checker.Check(e, newDate.PlusDays(1));

        Assert.Equal(TrainingStatus.ExamDue, between.Status);
        Assert.Equal(newDate, between.ExamDueBy);
        Assert.Equal([Codes.ExamJustifiedAbsence, Codes.ExamRescheduled], Codes(between));
        Assert.True(between.IsCompliant);
        Assert.Equal(TrainingStatus.ExamDue, onTheDay.Status);
        Assert.Equal(TrainingStatus.ExamOverdue, after.Status);
        Assert.Contains(after.Findings, f => f.Code == Codes.PlannedSittingWithoutResult && f.Severity == ProblemSeverity.Warning);
        Assert.Contains(after.Findings, f => f.Code == Codes.ExamOverdue && f.Problem.Arguments["deadline"] == newDate.ToString("yyyy-MM-dd", null));
    }

    [Fact]
    public void Check_PlannedDateWithoutAJustifiedAbsence_DoesNotMoveTheDeadline()
    {
        var start = new LocalDate(2024, 3, 4);
        List<TrainingSession> sessions = Sessions(start, 70);
        LocalDate end = sessions[^1].Date;
        LocalDate deadline = end.PlusMonths(6);
        Enrolment e = Trained(start, "70h", sessions, sittings:
        [
            Passed("pix", end.PlusDays(30)),
            new ExamSitting { TargetId = "ccp1", Date = deadline.PlusDays(20), Outcome = ExamOutcome.Planned },
        ]);

        EnrolmentCompliance result = Checker.Check(e, deadline.PlusDays(10));

        Assert.Equal(TrainingStatus.ExamOverdue, result.Status);
        Assert.Equal(deadline, result.ExamDueBy);
    }
}

/// <summary>Hours are written as hours, and a stage in the host structure is a stage.</summary>
public sealed class TrainingHoursTests
{
    [Theory]
    [InlineData(175 * 60, "175 h")]
    [InlineData(450, "7 h 30")]
    [InlineData(5, "0 h 05")]
    [InlineData(385 * 60, "385 h")]
    [InlineData(-150, "-2 h 30")]
    public void Format_WritesHoursAndMinutes(long minutes, string expected)
    {
        Assert.Equal(expected, TrainingHours.Format(Duration.FromMinutes(minutes)));
        Assert.Equal(expected, TrainingHours.Format(minutes));
    }

    [Fact]
    public void Format_IsNotADurationsOwnText()
    {
        Duration lessons = Duration.FromHours(175);

        Assert.Equal("7:07:00:00", lessons.ToString("D:hh:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("175 h", TrainingHours.Format(lessons));
    }

    [Fact]
    public void Check_AStageDoneInTheHostStructure_CountsAsStageHours()
    {
        // « 210 h de stage (en alternance, éventuellement dans la structure d'accueil) »: recorded as kind stage.
        var start = new LocalDate(2025, 9, 1);
        List<TrainingSession> lessons = Sessions(start, 175);
        List<TrainingSession> stage = Sessions(lessons[^1].Date.PlusDays(1), 210, TrainingSessionKind.Stage);
        Enrolment e = Trained(start, "175h+210h", [.. lessons, .. stage]);

        EnrolmentCompliance result = Checker.Check(e, e.End!.Value.PlusDays(1));

        Assert.Equal(("175 h", "210 h"), (TrainingHours.Format(result.LessonsDone), TrainingHours.Format(result.StageDone)));
        Assert.DoesNotContain(result.Findings, f => f.Code is Codes.LessonHoursShort or Codes.StageHoursShort);
        Assert.Contains("175 h + 210 h stage", result.ToString(), StringComparison.Ordinal);
    }
}

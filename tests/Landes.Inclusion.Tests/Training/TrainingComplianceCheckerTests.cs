using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Training;
using NodaTime;
using static Landes.Inclusion.Tests.Training.TrainingSamples;
using Codes = Landes.Inclusion.Training.TrainingProblemCodes;

namespace Landes.Inclusion.Tests.Training;

public sealed class TrainingComplianceCheckerTests
{
    // Every finding's problem names its rule and legal source through its definition, as the certification findings do.
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public FsCheck.Property EveryFinding_HasTheRuleOfItsCodesDefinition() =>
        FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.ToArbitrary(Landes.Inclusion.Testing.Training.TrainingGenerators.Enrolment), e =>
            Checker.Check(e, new LocalDate(2026, 3, 1)).Findings.All(f =>
                f.Problem.Definition.RuleId == f.RuleId && f.Problem.Definition.LegalReference == TrainingRules.SourceOf(f.RuleId)));

    // Worked example 1 (docs/training.md): a 2021 advisor on the 105 h path.
    [Fact]
    public void Check_2021AdvisorOn105Hours_CompletedWith2024ModuleUnderTheAllowance()
    {
        var start = new LocalDate(2021, 11, 8);
        List<TrainingSession> sessions = Sessions(start, 105);
        Enrolment e = Trained(start, "105h", sessions,
            sittings: [Passed("ccp1", new LocalDate(2022, 1, 20)), Passed("pix", new LocalDate(2022, 2, 10))],
            modules: [Module(new LocalDate(2025, 2, 15)), Module(new LocalDate(2025, 6, 10), 14)]);

        EnrolmentCompliance result = Checker.Check(e, new LocalDate(2026, 3, 1));

        Assert.Equal(new LocalDate(2021, 11, 29), e.End); // 11 November skipped: 15 working days.
        Assert.Equal("cnfs-2021", result.Period!.Id);
        Assert.Equal("105h", result.Path!.Id);
        Assert.Equal(TrainingStatus.Completed, result.Status);
        Assert.Equal(Duration.FromHours(105), result.LessonsDone);
        Assert.Equal(new LocalDate(2022, 5, 29), result.ExamDueBy);
        ComplianceFinding finding = Assert.Single(result.Findings);
        Assert.Equal(Codes.ModuleCountedUnderAllowance, finding.Code);
        Assert.Equal("R12", finding.RuleId);
        Assert.Equal("cnfs-2021", finding.PeriodId);
        Assert.Equal("continuingModules[0]", finding.Problem.Path);
        Assert.Equal(ProblemSeverity.Information, finding.Severity);
        Assert.True(result.IsCompliant);
    }

    [Fact]
    public void Check_2021AdvisorWithoutA2025Module_MissesThe2025Quota()
    {
        var start = new LocalDate(2021, 11, 8);
        Enrolment e = Trained(start, "105h", Sessions(start, 105),
            sittings: [Passed("ccp1", new LocalDate(2022, 1, 20)), Passed("pix", new LocalDate(2022, 2, 10))],
            modules: [Module(new LocalDate(2024, 10, 1))]);

        EnrolmentCompliance result = Checker.Check(e, new LocalDate(2026, 1, 5));

        ComplianceFinding finding = Assert.Single(result.Findings);
        Assert.Equal(Codes.YearQuotaMissed, finding.Code);
        Assert.Equal("2025", finding.Problem.Arguments["year"]);
        Assert.False(result.IsCompliant);
    }

    [Fact]
    public void Check_2024ModuleMissing_IsJudgedOnlyAfter31March2025()
    {
        var start = new LocalDate(2021, 11, 8);
        Enrolment e = Trained(start, "105h", Sessions(start, 105),
            sittings: [Passed("ccp1", new LocalDate(2022, 1, 20)), Passed("pix", new LocalDate(2022, 2, 10))]);

        Assert.Empty(Checker.Check(e, new LocalDate(2025, 3, 31)).Findings);
        Assert.Equal([Codes.YearQuotaMissed], Codes(Checker.Check(e, new LocalDate(2025, 4, 1))));
    }

    // Worked example 2: a 2024 advisor on the 315 h path.
    [Fact]
    public void Check_2024AdvisorOn315Hours_ExamDueThenOverdue()
    {
        var start = new LocalDate(2024, 3, 4);
        List<TrainingSession> sessions = Sessions(start, 315);
        Enrolment e = Trained(start, "315h", sessions);
        LocalDate end = e.End!.Value;

        EnrolmentCompliance during = Checker.Check(e, start.PlusDays(10));
        EnrolmentCompliance after = Checker.Check(e, end.PlusDays(1));
        EnrolmentCompliance late = Checker.Check(e, end.PlusMonths(6).PlusDays(1));

        Assert.Equal(new LocalDate(2024, 5, 7), end); // Easter Monday, 1 May skipped.
        Assert.Equal(TrainingStatus.InTraining, during.Status);
        Assert.Equal(TrainingStatus.ExamDue, after.Status);
        Assert.Equal(new LocalDate(2024, 11, 7), after.ExamDueBy);
        Assert.Empty(after.Findings);
        Assert.Equal(TrainingStatus.ExamOverdue, late.Status);
        Assert.Equal([Codes.ExamOverdue, Codes.ExamOverdue], Codes(late));
        Assert.All(late.Findings, f => Assert.Equal("R10", f.RuleId));
    }

    [Fact]
    public void Check_2024AdvisorWithOneModuleInTheFirst12Months_MissesTheFirstYearQuota()
    {
        var start = new LocalDate(2024, 3, 4);
        Enrolment e = Trained(start, "315h", Sessions(start, 315),
            sittings: [Passed("ccp1", new LocalDate(2024, 7, 1)), Passed("pix", new LocalDate(2024, 7, 2))],
            modules: [Module(new LocalDate(2024, 9, 1))]);

        Assert.Empty(Checker.Check(e, new LocalDate(2025, 3, 3)).Findings);
        EnrolmentCompliance result = Checker.Check(e, new LocalDate(2025, 3, 4));

        ComplianceFinding finding = Assert.Single(result.Findings);
        Assert.Equal(Codes.FirstYearQuotaMissed, finding.Code);
        Assert.Equal("2025-03-03", finding.Problem.Arguments["until"]);
    }

    [Fact]
    public void Check_2024AdvisorWithTwoModules_OwesOnePerYearFromTheNextWholeYear()
    {
        var start = new LocalDate(2024, 3, 4);
        Enrolment e = Trained(start, "315h", Sessions(start, 315),
            sittings: [Passed("ccp1", new LocalDate(2024, 7, 1)), Passed("pix", new LocalDate(2024, 7, 2))],
            modules: [Module(new LocalDate(2024, 9, 1)), Module(new LocalDate(2025, 1, 15))]);

        Assert.Empty(Checker.Check(e, new LocalDate(2026, 12, 31)).Findings);
        EnrolmentCompliance result = Checker.Check(e, new LocalDate(2027, 1, 1));
        Assert.Equal([Codes.YearQuotaMissed], Codes(result));
        Assert.Equal("2026", result.Findings[0].Problem.Arguments["year"]);
    }

    // Worked example 3: a 2025 advisor with the stage.
    [Fact]
    public void Check_2025AdvisorWithShortStage_ReportsTheMissingStageHours()
    {
        var start = new LocalDate(2025, 9, 1);
        List<TrainingSession> lessons = Sessions(start, 175);
        List<TrainingSession> stage = Sessions(lessons[^1].Date.PlusDays(1), 203, TrainingSessionKind.Stage);
        Enrolment e = Trained(start, "175h+210h", [.. lessons, .. stage]);

        EnrolmentCompliance result = Checker.Check(e, e.End!.Value.PlusDays(1));

        Assert.Equal("cnfs-2025", result.Period!.Id);
        Assert.Equal(Duration.FromHours(175), result.LessonsDone);
        Assert.Equal(Duration.FromHours(203), result.StageDone);
        ComplianceFinding finding = Assert.Single(result.Findings);
        Assert.Equal(Codes.StageHoursShort, finding.Code);
        Assert.Equal("203 h", finding.Problem.Arguments["done"]);
        Assert.Equal("210 h", finding.Problem.Arguments["required"]);
        Assert.Contains("R7 : formation terminée avec 203 h de stage", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LessonsShortByHalfAnHour_ReportsExactHours()
    {
        var start = new LocalDate(2024, 3, 4);
        List<TrainingSession> sessions = Sessions(start, 70);
        sessions[^1] = new TrainingSession { Date = sessions[^1].Date, Minutes = 390, Kind = TrainingSessionKind.Remote };
        Enrolment e = Trained(start, "70h", sessions);

        EnrolmentCompliance result = Checker.Check(e, e.End!.Value.PlusDays(1));

        Assert.Equal(Codes.LessonHoursShort, Assert.Single(result.Findings).Code);
        Assert.Equal("69 h 30", result.Findings[0].Problem.Arguments["done"]);
    }

    [Fact]
    public void Check_InTraining_DoesNotReportShortHoursYet()
    {
        var start = new LocalDate(2024, 3, 4);
        Enrolment e = Trained(start, "315h", Sessions(start, 100), end: new LocalDate(2024, 6, 30));

        EnrolmentCompliance result = Checker.Check(e, new LocalDate(2024, 4, 1));

        Assert.Equal(TrainingStatus.InTraining, result.Status);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Check_FactsDatedAfterAsOf_AreNotCountedYet()
    {
        var start = new LocalDate(2024, 3, 4);
        List<TrainingSession> sessions = Sessions(start, 70); // Ten days: 4 to 15 March.
        LocalDate end = sessions[^1].Date;
        Enrolment e = Trained(start, "70h", sessions,
            absences: [new Absence { Date = end, Minutes = 60, Justification = AbsenceJustification.Unjustified }],
            sittings: [Passed("ccp1", end.PlusDays(10)), Passed("pix", end.PlusDays(10))]);

        EnrolmentCompliance early = Checker.Check(e, start.PlusDays(2));
        EnrolmentCompliance beforeExams = Checker.Check(e, end.PlusDays(9));
        EnrolmentCompliance afterExams = Checker.Check(e, end.PlusDays(10));

        Assert.Equal(Duration.FromHours(21), early.LessonsDone);
        Assert.Empty(early.Findings);
        Assert.Equal(TrainingStatus.ExamDue, beforeExams.Status);
        Assert.Equal([Codes.UnjustifiedAbsence], Codes(beforeExams));
        Assert.Equal(TrainingStatus.Completed, afterExams.Status);
    }

    [Fact]
    public void Check_R7_PathOfAnotherPeriod_IsNotAllowed()
    {
        var start = new LocalDate(2024, 3, 4);
        Enrolment e = Trained(start, "105h", Sessions(start, 105));

        ComplianceFinding finding = Assert.Single(Checker.Check(e, start).Findings);

        Assert.Equal(Codes.PathNotAllowed, finding.Code);
        Assert.Equal("70h, 175h, 315h", finding.Problem.Arguments["allowed"]);
        Assert.Equal("cnfs-2024", finding.PeriodId);
    }

    [Fact]
    public void Check_R7_PositioningGaveAnotherPath_Warns()
    {
        var start = new LocalDate(2024, 3, 4);
        Enrolment e = Trained(start, "70h", Sessions(start, 70), positionedPath: "175h");
        Enrolment none = Trained(start, "70h", Sessions(start, 70), positionedPath: null);

        Assert.Equal([Codes.PathDiffersFromPositioning], Codes(Checker.Check(e, start)));
        Assert.Equal([Codes.NoPositioning], Codes(Checker.Check(none, start)));
        Assert.True(Checker.Check(e, start).IsCompliant);
    }

    [Fact]
    public void Check_R7_DateInNoPeriod_ReportsIt()
    {
        var start = new LocalDate(2023, 9, 4); // May–December 2023: no published rules.
        Enrolment e = Trained(start, "105h", Sessions(start, 105));

        EnrolmentCompliance result = Checker.Check(e, start);

        Assert.Null(result.Period);
        Assert.Equal([Codes.NoRulePeriod], Codes(result));
    }

    [Fact]
    public void Check_R8_ExemptionHeldAtRecruitment_IsExempted()
    {
        Enrolment e = Exempted(new LocalDate(2022, 2, 1), certified: new LocalDate(2020, 6, 30), inPost: new LocalDate(2022, 1, 10));

        EnrolmentCompliance result = Checker.Check(e, new LocalDate(2023, 6, 1));

        Assert.Equal(TrainingStatus.Exempted, result.Status);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Check_R8_CertificationAfterRecruitmentAndSessions_AreFindings()
    {
        var decided = new LocalDate(2022, 2, 1);
        Enrolment e = Exempted(decided, certified: new LocalDate(2022, 1, 20), inPost: new LocalDate(2022, 1, 10), sessions: Sessions(decided, 7));

        Assert.Equal([Codes.ExemptionCertificationAfterRecruitment, Codes.ExemptedWithSessions], Codes(Checker.Check(e, decided)));
    }

    [Fact]
    public void Check_R8_PeriodWithoutExemption_ReportsIt()
    {
        TrainingProgramme cnfs = TrainingProgrammeCatalog.Default.Find("cnfs")!;
        var strict = new TrainingProgramme
        {
            Id = "cnfs",
            Name = cnfs.Name,
            Source = cnfs.Source,
            Periods = [.. cnfs.Periods.Select(p => new RulePeriod
            {
                Id = p.Id, From = p.From, Until = p.Until, Paths = p.Paths, Targets = p.Targets, ExamDeadlineMonths = p.ExamDeadlineMonths,
                ExemptionAllowed = false, Continuing = p.Continuing, Source = p.Source,
            })],
        };
        var checker = new TrainingComplianceChecker(TrainingProgrammeCatalog.Default.With(strict));
        Enrolment e = Exempted(new LocalDate(2022, 2, 1), certified: new LocalDate(2020, 6, 30), inPost: new LocalDate(2022, 1, 10));

        Assert.Equal([Codes.ExemptionNotProvided], Codes(checker.Check(e, new LocalDate(2022, 3, 1))));
    }

    [Fact]
    public void CheckAll_R9_SecondPaidInitialTraining_IsReportedOnTheLaterOne()
    {
        var first = new LocalDate(2024, 3, 4);
        var second = new LocalDate(2024, 9, 2);
        Enrolment a = Trained(first, "70h", Sessions(first, 70), id: "a");
        Enrolment b = Trained(second, "70h", Sessions(second, 70), id: "b");
        Enrolment unpaid = Trained(second, "70h", Sessions(second, 70), id: "c", paid: false);

        IReadOnlyList<EnrolmentCompliance> results = Checker.CheckAll([b, a, unpaid], second);

        Assert.Equal([Codes.SecondPaidInitialTraining], Codes(results[0]));
        Assert.Equal("a", results[0].Findings[0].Problem.Arguments["other"]);
        Assert.Empty(results[1].Findings);
        Assert.Empty(results[2].Findings);
    }

    [Fact]
    public void Check_R9_StartBeforeTakingUpThePost_IsReported()
    {
        var start = new LocalDate(2024, 3, 4);
        Enrolment e = Trained(start, "70h", Sessions(start, 70), inPostSince: start.PlusDays(1));

        Assert.Equal([Codes.NotInPost], Codes(Checker.Check(e, start)));
    }

    [Fact]
    public void Check_R9_Ccp2Ccp3CourseNeedsCcp1BeforeItsStart()
    {
        var start = new LocalDate(2026, 1, 6);
        List<TrainingSession> tuesdays = [.. Enumerable.Range(0, 17).Select(w => new TrainingSession { Date = start.PlusWeeks(w), Minutes = 420, Kind = TrainingSessionKind.InCentre })];
        Enrolment without = Trained(start, "ccp2-ccp3", tuesdays, course: CourseKind.Ccp2Ccp3, positionedPath: null);
        Enrolment late = Trained(start, "ccp2-ccp3", tuesdays, course: CourseKind.Ccp2Ccp3, positionedPath: null, ccp1ObtainedOn: start.PlusDays(1));
        Enrolment holder = Trained(start, "ccp2-ccp3", tuesdays, course: CourseKind.Ccp2Ccp3, positionedPath: null, ccp1ObtainedOn: new LocalDate(2024, 7, 1));

        Assert.Equal([Codes.Ccp1MissingForCcp2Ccp3], Codes(Checker.Check(without, start)));
        Assert.Equal([Codes.Ccp1MissingForCcp2Ccp3], Codes(Checker.Check(late, start)));
        EnrolmentCompliance ok = Checker.Check(holder, new LocalDate(2026, 6, 1));
        Assert.Empty(ok.Findings);
        Assert.Equal(TrainingStatus.Completed, ok.Status);
    }

    [Fact]
    public void Check_R10_FailedAndUnjustifiedSittings_AreReportedWithoutEndingTheContract()
    {
        var start = new LocalDate(2024, 3, 4);
        List<TrainingSession> sessions = Sessions(start, 70);
        LocalDate end = sessions[^1].Date;
        Enrolment e = Trained(start, "70h", sessions, sittings:
        [
            new ExamSitting { TargetId = "ccp1", Date = end.PlusDays(20), Outcome = ExamOutcome.Failed },
            new ExamSitting { TargetId = "pix", Date = end.PlusDays(20), Outcome = ExamOutcome.Refused },
        ]);

        EnrolmentCompliance result = Checker.Check(e, end.PlusDays(30));

        Assert.Equal([Codes.ExamFailed, Codes.ExamUnjustified], Codes(result));
        Assert.Equal(ProblemSeverity.Information, result.Findings[0].Severity);
        Assert.Equal(ProblemSeverity.Warning, result.Findings[1].Severity);
        Assert.Equal(TrainingStatus.ExamDue, result.Status);
    }

    [Fact]
    public void Check_R10_AllSatOneFailed_IsExamsSat()
    {
        var start = new LocalDate(2024, 3, 4);
        List<TrainingSession> sessions = Sessions(start, 70);
        LocalDate end = sessions[^1].Date;
        Enrolment e = Trained(start, "70h", sessions, sittings:
        [
            new ExamSitting { TargetId = "ccp1", Date = end.PlusDays(20), Outcome = ExamOutcome.Failed },
            Passed("pix", end.PlusDays(21)),
        ]);

        EnrolmentCompliance result = Checker.Check(e, end.PlusMonths(7));

        Assert.Equal(TrainingStatus.ExamsSat, result.Status);
        Assert.Equal([Codes.ExamFailed], Codes(result));
        Assert.True(result.IsCompliant);
    }

    [Fact]
    public void Check_R10_JustifiedAbsenceInTime_AcceptsANewDateAfterTheDeadline()
    {
        var start = new LocalDate(2024, 3, 4);
        List<TrainingSession> sessions = Sessions(start, 70);
        LocalDate end = sessions[^1].Date;
        LocalDate deadline = end.PlusMonths(6);
        Enrolment e = Trained(start, "70h", sessions, sittings:
        [
            new ExamSitting { TargetId = "ccp1", Date = deadline.PlusDays(-5), Outcome = ExamOutcome.AbsentJustified },
            Passed("ccp1", deadline.PlusDays(20)),
            Passed("pix", deadline.PlusDays(20)),
        ]);

        EnrolmentCompliance result = Checker.Check(e, deadline.PlusDays(30));

        Assert.Equal([Codes.ExamJustifiedAbsence, Codes.ExamOverdue], Codes(result));
        Assert.Equal("Certification Pix", result.Findings[1].Problem.Arguments["target"]);
        Assert.Equal(TrainingStatus.Completed, result.Status);
    }

    [Fact]
    public void Check_R11_EveryAbsenceIsReported_UnjustifiedAsAnError()
    {
        var start = new LocalDate(2024, 3, 4);
        List<TrainingSession> sessions = Sessions(start, 70);
        Enrolment e = Trained(start, "70h", sessions, absences:
        [
            new Absence { Date = start.PlusDays(1), Minutes = 210, Justification = AbsenceJustification.PositiveCovidTest },
            new Absence { Date = start.PlusDays(2), Minutes = 420, Justification = AbsenceJustification.Unjustified },
        ]);

        EnrolmentCompliance result = Checker.Check(e, start.PlusDays(3));

        Assert.Equal([Codes.JustifiedAbsence, Codes.UnjustifiedAbsence], Codes(result));
        Assert.Equal("absences[1]", result.Findings[1].Problem.Path);
        Assert.Equal("3 h 30", result.Findings[0].Problem.Arguments["duration"]);
        Assert.False(result.IsCompliant);
    }

    [Fact]
    public void Check_R12_ModuleBeforeEnteringInitialTraining_IsReported()
    {
        var start = new LocalDate(2024, 3, 4);
        Enrolment e = Trained(start, "70h", Sessions(start, 70), modules: [Module(start.PlusDays(-1))]);

        Assert.Equal([Codes.ModuleBeforeInitialTraining], Codes(Checker.Check(e, start)));
    }

    [Fact]
    public void Check_R12_ExemptedAdvisor_OwesOnlyTheYearlyModule()
    {
        Enrolment e = Exempted(new LocalDate(2024, 5, 2), certified: new LocalDate(2023, 6, 30), inPost: new LocalDate(2024, 4, 1),
            modules: [Module(new LocalDate(2025, 10, 1))]);

        Assert.Empty(Checker.Check(e, new LocalDate(2026, 2, 1)).Findings);
    }

    [Fact]
    public void Check_UnknownProgramme_IsAFindingNotAnException()
    {
        var start = new LocalDate(2024, 3, 4);
        var e = new Enrolment { Id = "u", PersonId = "p", ProgrammeId = "elsewhere", InPostSince = start, Start = start, End = start, PathId = "70h" };

        EnrolmentCompliance result = Checker.Check(e, start);

        Assert.Equal(Codes.UnknownProgramme, result.Findings[0].Code);
        Assert.Equal("cnfs", result.Findings[0].Problem.Arguments["known"]);
        Assert.Null(result.Period);
    }

    [Fact]
    public void Check_NoEndDate_IsAFindingAndTheStatusFollowsTheStart()
    {
        var start = new LocalDate(2024, 3, 4);
        var e = new Enrolment { Id = "n", PersonId = "p", ProgrammeId = "cnfs", InPostSince = start, Start = start, PathId = "70h" };
        var noDates = new Enrolment { Id = "m", PersonId = "p", ProgrammeId = "cnfs", InPostSince = start, PathId = "70h" };

        Assert.Equal(TrainingStatus.NotStarted, Checker.Check(e, start.PlusDays(-1)).Status);
        EnrolmentCompliance result = Checker.Check(e, start.PlusDays(100));
        Assert.Equal(TrainingStatus.InTraining, result.Status);
        Assert.Equal([Codes.DatesMissing], Codes(result));
        Assert.Equal("end", result.Findings[0].Problem.Path);
        Assert.Equal([Codes.DatesMissing], Codes(Checker.Check(noDates, start)));
    }

    [Fact]
    public void CheckAll_WithClock_UsesTodayInParis()
    {
        var start = new LocalDate(2024, 3, 4);
        Enrolment e = Trained(start, "70h", Sessions(start, 70));
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2024, 3, 3, 23, 30)); // Already 4 March in Paris.

        Assert.Equal(TrainingStatus.InTraining, Checker.CheckAll([e], clock)[0].Status);
    }

    [Fact]
    public void Finding_HasTheRuleSourceAndAnEnglishMessage()
    {
        var start = new LocalDate(2024, 3, 4);
        Enrolment e = Trained(start, "70h", Sessions(start, 70), inPostSince: start.PlusDays(1));

        ComplianceFinding finding = Checker.Check(e, start).Findings[0];

        Assert.Contains("conseillers en poste", finding.Source, StringComparison.Ordinal);
        Assert.Equal(TrainingRules.SourceOf("R9"), finding.Source);
        Assert.StartsWith("R9: training started on 2024-03-04", finding.Problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }
}

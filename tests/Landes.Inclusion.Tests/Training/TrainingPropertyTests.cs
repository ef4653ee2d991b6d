using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Testing.Training;
using Landes.Inclusion.Tests.Infrastructure;
using Landes.Inclusion.Training;
using NodaTime;
using static Landes.Inclusion.Tests.Training.TrainingSamples;

namespace Landes.Inclusion.Tests.Training;

public sealed class TrainingPropertyTests
{
    private static readonly EnrolmentValidator Validator = new();

    private static readonly Gen<LocalDate> AsOf = Gen.Choose(0, 8 * 365).Select(d => new LocalDate(2021, 1, 1).PlusDays(d));

    [Fact]
    public void GeneratedEnrolments_AreValid() =>
        Properties.ForAll(TrainingGenerators.Enrolment, e =>
            Assert.Empty(ValidationReport.FromFluentValidation(Validator.Validate(e)).Problems));

    [Fact]
    public void GeneratedTrainedEnrolments_AreCompliantWhenTheExamsArePassed() =>
        Properties.ForAll(TrainingGenerators.TrainedEnrolment, e =>
        {
            EnrolmentCompliance result = Checker.Check(e, e.End!.Value.PlusDays(200));
            Assert.Equal(TrainingStatus.Completed, result.Status);
            Assert.Equal(result.Path!.Lessons, result.LessonsDone);
            Assert.Equal(result.Path.Stage, result.StageDone);
            Assert.All(result.Findings, f => Assert.NotEqual(ProblemSeverity.Error, f.Severity));
        });

    [Fact]
    public void EnrolmentsOfAGeneratedProgramme_AreValidAgainstIt() =>
        Properties.ForAll(
            from programme in TrainingGenerators.Programme
            from enrolments in TrainingGenerators.EnrolmentIn(programme).ArrayOf()
            select (programme, enrolments),
            c =>
            {
                var catalog = new TrainingProgrammeCatalog([c.programme]);
                Assert.Empty(ValidationReport.FromFluentValidation(new TrainingProgrammeValidator().Validate(c.programme)).Problems);
                var validator = new EnrolmentValidator(catalog);
                var checker = new TrainingComplianceChecker(catalog);
                Assert.All(c.enrolments, e =>
                {
                    Assert.Empty(ValidationReport.FromFluentValidation(validator.Validate(e)).Problems);
                    EnrolmentCompliance result = checker.Check(e, e.EnteredOn!.Value.PlusYears(1));
                    Assert.NotNull(result.Period);
                    Assert.DoesNotContain(result.Findings, f => f.RuleId is "R7" or "R8" or "R9" or "R10" or "R11" && f.Severity == ProblemSeverity.Error);
                });
            });

    [Fact]
    public void DefectiveEnrolments_ReportTheirDefect() =>
        Properties.ForAll(TrainingGenerators.DefectiveEnrolment, d =>
            Assert.Contains(d.ExpectedCode, ValidationReport.FromFluentValidation(Validator.Validate(d.Enrolment)).Problems.Select(p => p.Code)));

    [Fact]
    public void Ledger_TotalsEqualTheSumOfTheirParts() =>
        Properties.ForAll(TrainingGenerators.Session.ArrayOf(), sessions =>
        {
            HoursLedger ledger = HoursLedger.Of(sessions);
            Duration sum = Duration.FromMinutes(sessions.Sum(s => (long)s.Minutes));
            Assert.Equal(sum, ledger.Total);
            Assert.Equal(sum, Enum.GetValues<TrainingSessionKind>().Aggregate(Duration.Zero, (t, k) => t + ledger.Of(k)));
            Assert.Equal(sum, ledger.PerWeek.Values.Aggregate(Duration.Zero, (t, d) => t + d));
            Assert.Equal(sum, ledger.PerCalendarYear.Values.Aggregate(Duration.Zero, (t, d) => t + d));
            Assert.Equal(ledger.Total, ledger.Lessons + ledger.Stage);
            Assert.All(ledger.PerWeek.Keys, monday => Assert.Equal(IsoDayOfWeek.Monday, monday.DayOfWeek));
        });

    [Fact]
    public void Check_OrderOfSessionsAndAbsences_NeverChangesTheResult() =>
        Properties.ForAll(
            from e in TrainingGenerators.Enrolment
            from sessions in Gen.Shuffle(e.Sessions.ToArray())
            from modules in Gen.Shuffle(e.ContinuingModules.ToArray())
            from asOf in AsOf
            select (e, Reordered: e.With(sessions: sessions, modules: modules), asOf),
            c => Assert.Equal(Describe(Checker.Check(c.e, c.asOf)), Describe(Checker.Check(c.Reordered, c.asOf))));

    [Fact]
    public void Check_AddingASession_NeverLowersTheHoursDone() =>
        Properties.ForAll(
            from e in TrainingGenerators.TrainedEnrolment
            from extra in TrainingGenerators.Session
            from asOf in AsOf
            select (e, extra, asOf),
            c =>
            {
                EnrolmentCompliance before = Checker.Check(c.e, c.asOf);
                EnrolmentCompliance after = Checker.Check(c.e.With(sessions: [.. c.e.Sessions, c.extra]), c.asOf);
                Assert.True(after.LessonsDone >= before.LessonsDone && after.StageDone >= before.StageDone);
                Duration added = c.extra.Date <= c.asOf ? c.extra.Duration : Duration.Zero; // Sessions after asOf are planned, not done.
                Assert.Equal(before.LessonsDone + before.StageDone + added, after.LessonsDone + after.StageDone);
            });

    [Fact]
    public void Enrolments_RoundTripThroughJson() =>
        Properties.ForAll(TrainingGenerators.Enrolment.ArrayOf(), enrolments =>
        {
            var document = new EnrolmentsDocument { Enrolments = [.. enrolments.DistinctBy(e => e.Id)] };
            byte[] written = TrainingJson.Enrolments.Write(document);
            EnrolmentsDocument back = TrainingJson.Enrolments.Read(written).GetValueOrThrow();
            Assert.Equal(written, TrainingJson.Enrolments.Write(back));
        });

    [Fact]
    public void Programmes_RoundTripThroughJson_AndAreValid() =>
        Properties.ForAll(TrainingGenerators.Programme, programme =>
        {
            byte[] written = TrainingJson.Programme.Write(programme);
            TrainingProgramme back = TrainingJson.Programme.Read(written).GetValueOrThrow();
            Assert.Equal(written, TrainingJson.Programme.Write(back));
        });

    private static string Describe(EnrolmentCompliance r) =>
        $"{r.Status} {r.ExamDueBy} {r.LessonsDone} {r.StageDone} {string.Join(";", r.Findings.Select(f => f.ToString()).Order(StringComparer.Ordinal))}";
}

using System.Text.Json;
using Json.Schema;
using Landes.Inclusion.Json;
using Landes.Inclusion.Tests.Infrastructure;
using Landes.Inclusion.Training;
using NodaTime;
using static Landes.Inclusion.Tests.Training.TrainingSamples;

namespace Landes.Inclusion.Tests.Training;

public sealed class TrainingJsonTests
{
    private static readonly JsonSchema ProgrammeSchema = JsonSchema.FromText(RepositoryFiles.ReadAllText("docs/schemas/training-programme.schema.json"));
    private static readonly JsonSchema EnrolmentsSchema = JsonSchema.FromText(RepositoryFiles.ReadAllText("docs/schemas/training-enrolments.schema.json"));

    private const string MinimalEnrolments = """
        {
          "schemaVersion": "1.0",
          "enrolments": [
            {
              "id": "e1",
              "personId": "cn-40-007",
              "programmeId": "cnfs",
              "course": "initial",
              "funding": "programme",
              "inPostSince": "2024-02-01",
              "positioning": {
                "date": "2024-02-20",
                "pathId": "70h"
              },
              "pathId": "70h",
              "provider": "Afpa",
              "start": "2024-03-04",
              "end": "2024-03-15",
              "sessions": [
                {
                  "date": "2024-03-04",
                  "minutes": 420,
                  "kind": "in-centre",
                  "startTime": "09:00"
                },
                {
                  "date": "2024-03-05",
                  "minutes": 210,
                  "kind": "remote"
                }
              ],
              "absences": [
                {
                  "date": "2024-03-06",
                  "minutes": 420,
                  "justification": "sick-leave-with-certificate"
                }
              ],
              "examSittings": [
                {
                  "targetId": "ccp1",
                  "date": "2024-06-10",
                  "outcome": "absent-justified"
                }
              ],
              "continuingModules": [
                {
                  "module": "Accompagner les publics",
                  "date": "2024-10-01",
                  "hours": 14
                }
              ]
            }
          ]
        }

        """;

    [Fact]
    public void Enrolments_Read_GivesExactDatesTimesAndEnums()
    {
        EnrolmentsDocument document = TrainingJson.Enrolments.Read(MinimalEnrolments).GetValueOrThrow();

        Enrolment e = Assert.Single(document.Enrolments);
        Assert.Equal(new LocalDate(2024, 2, 1), e.InPostSince);
        Assert.Equal(new LocalDate(2024, 3, 15), e.End);
        Assert.Equal(new LocalTime(9, 0), e.Sessions[0].StartTime);
        Assert.Null(e.Sessions[1].StartTime);
        Assert.Equal(TrainingSessionKind.Remote, e.Sessions[1].Kind);
        Assert.Equal(NodaTime.Duration.FromMinutes(210), e.Sessions[1].Duration);
        Assert.Equal(AbsenceJustification.SickLeaveWithCertificate, e.Absences[0].Justification);
        Assert.Equal(ExamOutcome.AbsentJustified, e.ExamSittings[0].Outcome);
    }

    [Fact]
    public void Enrolments_Write_IsTheExactCanonicalText_AndValidatesAgainstTheSchema()
    {
        EnrolmentsDocument document = TrainingJson.Enrolments.Read(MinimalEnrolments).GetValueOrThrow();

        string json = TrainingJson.Enrolments.WriteToString(document);

        Assert.Equal(MinimalEnrolments.ReplaceLineEndings("\n"), json);
        Assert.True(EnrolmentsSchema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
    }

    [Fact]
    public void Enrolments_OmittedOptionalMembers_TakeTheirDefaults()
    {
        const string json = """{"schemaVersion":"1.0","enrolments":[{"id":"x","personId":"p","programmeId":"cnfs","inPostSince":"2022-01-10","exemption":{"reason":"holds-title","evidence":"titre REMN 2020","certifiedOn":"2020-06-30","decidedOn":"2022-02-01"}}]}""";

        Enrolment e = Assert.Single(TrainingJson.Enrolments.Read(json).GetValueOrThrow().Enrolments);

        Assert.Equal(CourseKind.Initial, e.Course);
        Assert.Equal(TrainingFunding.Programme, e.Funding);
        Assert.Empty(e.Sessions);
        Assert.Equal(ExemptionReason.HoldsTitle, e.Exemption!.Reason);
        Assert.True(EnrolmentsSchema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","enrolments":[{"id":"x","personId":"p","programmeId":"cnfs"}]}""", "enrolments[0].inPostSince", JsonProblemCodes.MissingProperty)]
    [InlineData("""{"schemaVersion":"1.0","enrolments":[{"id":"x","personId":"p","programmeId":"cnfs","inPostSince":"30/02/2022"}]}""", "enrolments[0].inPostSince", JsonProblemCodes.InvalidDate)]
    [InlineData("""{"schemaVersion":"1.0","enrolments":[{"id":"x","personId":"p","programmeId":"cnfs","inPostSince":"2022-01-10","sessions":[{"date":"2022-01-10","minutes":60,"kind":"onsite"}]}]}""", "enrolments[0].sessions[0].kind", JsonProblemCodes.UnknownEnumValue)]
    [InlineData("""{"schemaVersion":"1.0","enrolments":[{"id":"x","personId":"p","programmeId":"cnfs","inPostSince":"2022-01-10","sessions":[{"date":"2022-01-10","minutes":1.5,"kind":"remote"}]}]}""", "enrolments[0].sessions[0].minutes", JsonProblemCodes.InvalidValue)]
    [InlineData("""{"schemaVersion":"1.0","enrolments":[{"id":"x","personId":"p","programmeId":"cnfs","inPostSince":"2022-01-10","hours":3}]}""", "enrolments[0].hours", JsonProblemCodes.UnknownProperty)]
    [InlineData("""{"schemaVersion":"1.0","enrolments":[{"id":"x","personId":"p","programmeId":"cnfs","inPostSince":"2022-01-10","start":"2024-03-04","end":"2024-03-04","pathId":"70h","sessions":[{"date":"2024-03-04","minutes":0,"kind":"remote"}]}]}""", "enrolments[0].sessions[0].minutes", TrainingProblemCodes.DurationNotPositive)]
    public void Enrolments_InvalidDocuments_AreRejectedByBothTheReaderAndTheSchema(string json, string path, string code)
    {
        ReadResult<EnrolmentsDocument> result = TrainingJson.Enrolments.Read(json);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Report.Problems, p => p.Path == path && p.Code == code);
        Assert.False(EnrolmentsSchema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
    }

    [Fact]
    public void Programme_Embedded_RoundTripsAndValidatesAgainstTheSchema()
    {
        TrainingProgramme cnfs = TrainingProgrammeCatalog.Default.Find("cnfs")!;

        string json = TrainingJson.Programme.WriteToString(cnfs);

        Assert.True(ProgrammeSchema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid, json);
        Assert.Contains("\"from\": \"2021-01-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"until\": \"2023-04-30\"", json, StringComparison.Ordinal);
        Assert.Contains("\"until\": \"2025-03-31\"", json, StringComparison.Ordinal);
        TrainingProgramme back = TrainingJson.Programme.Read(json).GetValueOrThrow();
        Assert.Equal(json, TrainingJson.Programme.WriteToString(back));
        Assert.Equal(new LocalDate(2023, 4, 30), back.Periods[0].Until);
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","id":"p","name":"n","source":"s","periods":[{"id":"a","from":"2024-01-01","until":"2023-01-01","paths":[{"id":"x","lessonHours":7}],"targets":[],"examDeadlineMonths":6,"exemptionAllowed":true,"continuing":{"modulesWithinFirst12Months":0,"modulesPerCalendarYear":1,"fromYear":2024,"moduleHours":[7]},"source":"s"}]}""", TrainingProblemCodes.PeriodEndsBeforeStart, false)]
    [InlineData("""{"schemaVersion":"1.0","id":"p","name":"n","source":"s","periods":[{"id":"a","from":"2024-01-01","paths":[],"targets":[],"examDeadlineMonths":6,"exemptionAllowed":true,"continuing":{"modulesWithinFirst12Months":0,"modulesPerCalendarYear":1,"fromYear":2024,"moduleHours":[7]},"source":"s"}]}""", TrainingProblemCodes.PeriodWithoutPath, true)]
    [InlineData("""{"schemaVersion":"1.0","id":"p","name":"n","source":"s","periods":[{"id":"a","from":"2024-01-01","paths":[{"id":"x","lessonHours":7}],"targets":[],"examDeadlineMonths":0,"exemptionAllowed":true,"continuing":{"modulesWithinFirst12Months":0,"modulesPerCalendarYear":1,"fromYear":2024,"moduleHours":[7]},"source":"s"}]}""", TrainingProblemCodes.RuleValueOutOfRange, true)]
    [InlineData("""{"schemaVersion":"1.0","id":"p","name":"n","source":"s","periods":[{"id":"a","from":"2024-01-01","paths":[{"id":"x","lessonHours":-7}],"targets":[],"examDeadlineMonths":6,"exemptionAllowed":true,"continuing":{"modulesWithinFirst12Months":0,"modulesPerCalendarYear":1,"fromYear":2024,"moduleHours":[7]},"source":"s"}]}""", TrainingProblemCodes.PathHoursInvalid, true)]
    [InlineData("""{"schemaVersion":"1.0","id":"p","name":"n","source":"s","periods":[{"id":"a","from":"2024-01-01","paths":[{"id":"x","lessonHours":7}],"targets":[],"examDeadlineMonths":6,"exemptionAllowed":true,"source":"s"}]}""", JsonProblemCodes.MissingProperty, true)]
    public void Programme_InvalidDocuments_AreRejected(string json, string code, bool schemaCatchesIt)
    {
        ReadResult<TrainingProgramme> result = TrainingJson.Programme.Read(json);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Report.Problems, p => p.Code == code);
        Assert.Equal(!schemaCatchesIt, ProgrammeSchema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
    }

    [Fact]
    public void Programme_OverlappingPeriodsAndDuplicatePaths_AreReportedWithPaths()
    {
        TrainingProgramme cnfs = TrainingProgrammeCatalog.Default.Find("cnfs")!;
        RulePeriod p2024 = cnfs.Periods[1];
        var broken = new TrainingProgramme
        {
            Id = "broken",
            Name = "n",
            Source = "s",
            Periods =
            [
                cnfs.Periods[0],
                new RulePeriod
                {
                    Id = "overlap", From = new LocalDate(2023, 1, 1), Until = new LocalDate(2023, 12, 31), Paths = [p2024.Paths[0], p2024.Paths[0]],
                    Targets = p2024.Targets, ExamDeadlineMonths = 6, ExemptionAllowed = true, Continuing = p2024.Continuing, Source = "s",
                },
            ],
        };

        var problems = Landes.Inclusion.Diagnostics.ValidationReport.FromFluentValidation(new TrainingProgrammeValidator().Validate(broken)).Problems.Select(p => (p.Path, p.Code)).ToHashSet();

        Assert.Equal(new[] { ("periods[1]", TrainingProblemCodes.PeriodsOverlap), ("periods[1].paths[1].id", TrainingProblemCodes.DuplicateId) }.ToHashSet(), problems);
    }

    [Fact]
    public void EnrolmentsFormat_WithAnotherCatalog_KnowsItsProgrammes()
    {
        TrainingProgramme cnfs = TrainingProgrammeCatalog.Default.Find("cnfs")!;
        var local = new TrainingProgramme { Id = "local", Name = "Local", Source = "Département", Periods = cnfs.Periods };
        const string json = """{"schemaVersion":"1.0","enrolments":[{"id":"x","personId":"p","programmeId":"local","inPostSince":"2024-01-10","start":"2024-03-04","end":"2024-03-04","pathId":"70h"}]}""";

        Assert.Contains(TrainingJson.Enrolments.Read(json).Report.Problems, p => p.Code == TrainingProblemCodes.UnknownProgramme);
        Assert.True(TrainingJson.EnrolmentsFormat(TrainingProgrammeCatalog.Default.With(local)).Read(json).Succeeded);
    }

    [Fact]
    public void Catalog_Default_IsLoadedOnceAndHoldsTheThreeCnfsPeriods()
    {
        TrainingProgramme cnfs = TrainingProgrammeCatalog.Default.Find(TrainingProgrammeCatalog.CnfsProgrammeId)!;

        Assert.Same(TrainingProgrammeCatalog.Default, TrainingProgrammeCatalog.Default);
        Assert.Equal(["cnfs-2021", "cnfs-2024", "cnfs-2025"], cnfs.Periods.Select(p => p.Id));
        Assert.Equal(["105h", "280h", "350h", "420h"], cnfs.Periods[0].Paths.Select(p => p.Id));
        Assert.Equal([70, 175, 315], cnfs.Periods[1].Paths.Select(p => p.LessonHours));
        Assert.Equal((175, 210), (cnfs.Periods[2].Paths[0].LessonHours, cnfs.Periods[2].Paths[0].StageHours));
        Assert.All(cnfs.Periods, p => Assert.False(string.IsNullOrWhiteSpace(p.Source)));
        Assert.Null(cnfs.FindPeriod(new LocalDate(2023, 5, 1)));
        Assert.Equal("cnfs-2025", cnfs.FindPeriod(new LocalDate(2031, 1, 1))!.Id);
    }

    [Fact]
    public void DocsExample_IsAValidProgrammeThatCoversTheGapOf2023()
    {
        string doc = RepositoryFiles.ReadAllText("docs/training.md");
        int start = doc.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        string json = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];

        TrainingProgramme local = TrainingJson.Programme.Read(json).GetValueOrThrow();
        Assert.True(ProgrammeSchema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
        TrainingProgramme cnfs = TrainingProgrammeCatalog.Default.Find("cnfs")!;
        var merged = new TrainingProgramme { Id = "cnfs", Name = local.Name, Source = local.Source, Periods = [.. cnfs.Periods, .. local.Periods] };
        var checker = new TrainingComplianceChecker(TrainingProgrammeCatalog.Default.With(merged));
        var begin = new LocalDate(2023, 9, 4);
        Enrolment e = Trained(begin, "280h", Sessions(begin, 280));

        EnrolmentCompliance result = checker.Check(e, begin);

        Assert.Equal("cnfs-2023b", result.Period!.Id);
        Assert.Empty(result.Findings);
        Assert.Empty(Landes.Inclusion.Diagnostics.ValidationReport.FromFluentValidation(new TrainingProgrammeValidator().Validate(merged)).Problems);
    }

    [Fact]
    public void Catalog_DuplicateIds_Throw() =>
        Assert.Throws<ArgumentException>(() => new TrainingProgrammeCatalog([TrainingProgrammeCatalog.Default.Programmes[0], TrainingProgrammeCatalog.Default.Programmes[0]]));

    [Fact]
    public void StableEnumNames_ArePinned()
    {
        Assert.Equal(["in-centre", "in-structure", "stage", "remote"], Landes.Inclusion.Json.StableEnumNames.GetAllowedNames<TrainingSessionKind>());
        Assert.Equal(["sick-leave-with-certificate", "positive-covid-test", "force-majeure", "unjustified"], Landes.Inclusion.Json.StableEnumNames.GetAllowedNames<AbsenceJustification>());
        Assert.Equal(["passed", "failed", "absent-justified", "absent-unjustified", "refused", "no-dossier", "planned"], Landes.Inclusion.Json.StableEnumNames.GetAllowedNames<ExamOutcome>());
        Assert.Equal(["holds-ccp1", "holds-title"], Landes.Inclusion.Json.StableEnumNames.GetAllowedNames<ExemptionReason>());
        Assert.Equal(["initial", "ccp2-ccp3"], Landes.Inclusion.Json.StableEnumNames.GetAllowedNames<CourseKind>());
        Assert.Equal(["programme", "other"], Landes.Inclusion.Json.StableEnumNames.GetAllowedNames<TrainingFunding>());
        Assert.Equal(["not-started", "in-training", "exam-due", "exam-overdue", "exams-sat", "completed", "exempted", "exams-passed-hours-short"], Landes.Inclusion.Json.StableEnumNames.GetAllowedNames<TrainingStatus>());
    }
}

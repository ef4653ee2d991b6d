using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Testing.Certification;
using Landes.Inclusion.Tests.Infrastructure;
using NodaTime;
using static Landes.Inclusion.Tests.Certification.CertificationEngineTests;

namespace Landes.Inclusion.Tests.Certification;

public sealed class CertificationValidatorTests
{
    private static readonly CertificationCatalogValidator CatalogValidator = new();

    [Fact]
    public void GeneratedCatalogs_AreValid() =>
        Properties.ForAll(CertificationGenerators.Catalog, catalog =>
        {
            ValidationReport report = ValidationReport.FromFluentValidation(CatalogValidator.Validate(catalog));
            Assert.True(report.IsValid, string.Join("\n", report.Problems));
        });

    [Fact]
    public void GeneratedValidRecords_HaveNoProblem()
    {
        Gen<(CertificationCatalog, TitleVersion, CandidateRecord)> cases =
            from catalog in CertificationGenerators.Catalog
            from title in Gen.Elements(catalog.Titles.ToArray())
            from record in CertificationGenerators.ValidRecord(title)
            select (catalog, title, record);
        Properties.ForAll(cases, c =>
        {
            (CertificationCatalog catalog, TitleVersion _, CandidateRecord record) = c;
            ValidationReport report = ValidationReport.FromFluentValidation(new CandidateRecordValidator(catalog).Validate(record));
            Assert.True(report.IsValid, string.Join("\n", report.Problems));
        });
    }

    [Fact]
    public void DefectiveRecords_ReportTheirDefectsCode_AndOnlyIt()
    {
        Gen<(CertificationCatalog, DefectiveRecord)> cases =
            from catalog in CertificationGenerators.Catalog
            from title in Gen.Elements(catalog.Titles.ToArray())
            from defective in CertificationGenerators.DefectiveRecord(catalog, title)
            select (catalog, defective);
        Properties.ForAll(cases, c =>
        {
            (CertificationCatalog catalog, DefectiveRecord defective) = c;
            ValidationReport report = new CandidateRecordValidator(catalog).Validate(defective.Record, defective.AsOf);
            Assert.True(report.Problems.Count > 0, defective.ToString());
            Assert.All(report.Problems, p => Assert.Equal(defective.ExpectedCode, p.Code));
        });
    }

    [Fact]
    public void DefectiveRecords_CoverEveryRecordCode()
    {
        CertificationCatalog catalog = CertificationGenerators.Catalog.Sample(1, 10)[0];
        var seen = CertificationGenerators.DefectiveRecord(catalog, catalog.Titles[0]).Sample(400, 10).Select(d => d.ExpectedCode).ToHashSet();

        string[] recordCodes = [.. ProblemCatalog.All.Select(d => d.Code).Where(code => code.StartsWith("LI-CER-1", StringComparison.Ordinal)
            && code != CertificationProblemCodes.EvaluationConstraint)]; // LI-CER-150: the evaluation document's, not a record's
        Assert.Equal(recordCodes.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EmbeddedCatalog_IsValid()
    {
        ValidationReport report = ValidationReport.FromFluentValidation(CatalogValidator.Validate(CertificationCatalog.Default));
        Assert.True(report.IsValid, string.Join("\n", report.Problems));
    }

    [Fact]
    public void Catalog_WithBrokenReferences_ReportsEachWithItsPath()
    {
        CertificationCatalog revised = TestCatalogs.Revised();
        var broken = new CertificationCatalog
        {
            Titles = [revised.Titles[0], revised.Titles[0], new TitleVersion
            {
                Id = "x",
                Lineage = "l",
                Name = "X",
                Level = 2,
                LegalText = new LegalText { Name = "A", Date = new LocalDate(2020, 1, 1) },
                ValidFrom = new LocalDate(2020, 1, 1),
                ValidUntil = new LocalDate(2019, 1, 1),
                Predecessor = "nowhere",
                Blocks = [new CertificationBlock { Number = 1, Label = "A" }, new CertificationBlock { Number = 1, Label = "B" }],
                BlocksComplete = true,
            }],
            Correspondences = [new Correspondence { From = "tp-old", To = "x", Status = CorrespondenceStatus.Published, Mappings = [new BlockMapping { FromBlock = 7, ToBlock = 1 }] }],
        };

        ValidationReport report = ValidationReport.FromFluentValidation(CatalogValidator.Validate(broken));

        Assert.Equal(
            [
                (CertificationProblemCodes.LevelOutOfRange, "titles[2].level"),
                (CertificationProblemCodes.ValidityInverted, "titles[2].validUntil"),
                (CertificationProblemCodes.DuplicateBlock, "titles[2].blocks[1].number"),
                (CertificationProblemCodes.DuplicateTitle, "titles[1].id"),
                (CertificationProblemCodes.UnknownTitleReference, "titles[0].successor"),
                (CertificationProblemCodes.UnknownTitleReference, "titles[1].successor"),
                (CertificationProblemCodes.UnknownTitleReference, "titles[2].predecessor"),
                (CertificationProblemCodes.UnknownCorrespondenceBlock, "correspondences[0].mappings[0].fromBlock"),
            ],
            report.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void Record_WithSeveralDefects_ReportsThemAll()
    {
        var record = new CandidateRecord
        {
            TrainingStart = new LocalDate(2021, 9, 6),
            Results =
            [
                Obtained("remn-2019", 1, new LocalDate(2021, 11, 25)),
                Obtained("remn-2019", 1, new LocalDate(2021, 11, 25)),
                Obtained("remn-2019", 4, new LocalDate(2022, 3, 1)),
                Obtained("remn-2019", 2, new LocalDate(2019, 1, 1)),
                Obtained("nope", 1, new LocalDate(2022, 3, 1)),
            ],
            TitleAwards = [new TitleAward { Title = "remn-2019", Date = new LocalDate(2022, 3, 1) }],
            CcsAwards = [new CcsAward { Title = "remn-2019", Ccs = "ccs-x", Date = new LocalDate(2022, 2, 1) }],
        };

        ValidationReport report = new CandidateRecordValidator().Validate(record, new LocalDate(2022, 2, 15));

        Assert.Equal(
            [
                (CertificationProblemCodes.DuplicateResult, "results[1]"),
                (CertificationProblemCodes.DateAfterAsOf, "results[2].sessionDate"),
                (CertificationProblemCodes.UnknownBlock, "results[2].block"),
                (CertificationProblemCodes.ResultOutsideValidity, "results[3].sessionDate"),
                (CertificationProblemCodes.DateAfterAsOf, "results[4].sessionDate"),
                (CertificationProblemCodes.UnknownTitle, "results[4].title"),
                (CertificationProblemCodes.DateAfterAsOf, "titleAwards[0].date"),
                (CertificationProblemCodes.AwardWithoutAllBlocks, "titleAwards[0]"),
                (CertificationProblemCodes.UnknownCcs, "ccsAwards[0].ccs"),
                (CertificationProblemCodes.CcsBeforeTitle, "ccsAwards[0].date"),
            ],
            report.Problems.Select(p => (p.Code, p.Path)));
        Assert.Equal("Title 'nope' is not in the catalog.", report.Problems[5].GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Record_ResultInTheAllowanceOfAnEligibleCandidate_IsValid()
    {
        var record = new CandidateRecord
        {
            TrainingStart = new LocalDate(2024, 1, 8),
            Results = [Obtained("remn-2019", 2, new LocalDate(2025, 7, 12))],
            Registrations = [new SessionRegistration { Title = "remn-2019", RegisteredOn = new LocalDate(2024, 7, 12), SessionDate = new LocalDate(2025, 7, 12) }],
        };

        Assert.True(new CandidateRecordValidator().Validate(record, new LocalDate(2025, 8, 1)).IsValid);
        Assert.False(new CandidateRecordValidator().Validate(With(record, new LocalDate(2025, 7, 13)), new LocalDate(2025, 8, 1)).IsValid);

        static CandidateRecord With(CandidateRecord r, LocalDate date) => new()
        {
            TrainingStart = r.TrainingStart,
            Results = [Obtained("remn-2019", 2, date)],
            Registrations = r.Registrations,
        };
    }
}

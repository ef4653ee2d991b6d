using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Testing.Certification;
using Landes.Inclusion.Tests.Infrastructure;
using NodaTime;
using static Landes.Inclusion.Tests.Certification.CertificationEngineTests;

namespace Landes.Inclusion.Tests.Certification;

/// <summary>
/// The legal examples of DOMAIN.md §2–3: a jury's decision at a REMN CCP1 session held for CnFS after 12 July 2024
/// (R5 with the catalog's session evidence), remote CCP1 sessions (R13), one reading of R1 for the engine and the
/// validator, and the five-year rule of R3 before 14 July 2016.
/// </summary>
public sealed class CertificationFidelityTests
{
    private const string Cmn = "cmn-2015";
    private const string Remn = "remn-2019";

    private static readonly CertificationEngine Engine = CertificationEngine.Default;
    private static readonly CandidateRecordValidator Validator = new();

    private static ValidationReport Report(CandidateRecordValidator validator, CandidateRecord record) =>
        ValidationReport.FromFluentValidation(validator.Validate(record));

    // An advisor who entered training in autumn 2024 and passed REMN CCP1 at a CnFS session in February 2025.
    private static CandidateRecord Autumn2024Advisor(string? programme = "cnfs", int block = 1, LocalDate? session = null, bool remote = false,
        bool? inPv = null, bool? dgefp = null) => new()
    {
        Programme = programme,
        TrainingStart = new LocalDate(2024, 10, 7),
        Results =
        [
            new BlockResult
            {
                Title = Remn,
                Block = block,
                SessionDate = session ?? new LocalDate(2025, 2, 13),
                SessionKind = SessionKind.SessionCcp,
                Obtained = true,
                Remote = remote,
                RemoteMethodInProcesVerbal = inPv,
                DgefpInformed = dgefp,
                ProcesVerbal = "PV-2025-02",
            },
        ],
    };

    [Fact]
    public void Evaluate_RemnCcp1AtACnfsSessionOfFebruary2025_CountsWithAFindingNamingTheEvidence()
    {
        CandidateRecord record = Autumn2024Advisor();

        CertificationEvaluation evaluation = Engine.Evaluate(record, Remn, new LocalDate(2025, 3, 1));

        Assert.True(Report(Validator, record).IsValid);
        Assert.Equal([1], evaluation.HeldBlocks);
        Finding finding = Assert.Single(evaluation.Findings, f => f.Kind == FindingKind.BlockAcquiredUnderEvidence);
        Assert.Equal(FindingVerdict.Undetermined, finding.Verdict);
        Assert.Contains("14 novembre 2024", finding.Evidence, StringComparison.Ordinal);
        Assert.Contains("prorogation", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(evaluation.Findings, f => f.Kind is FindingKind.ResultOutsideValidity or FindingKind.RecordInconsistent);

        // The title itself: REMN has ended and this advisor was neither registered nor in training by 12 July 2024 (R4).
        Assert.Equal(CertificationOutcome.Lapsed, evaluation.Outcome);
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.AllowanceNotEligible);
    }

    [Fact]
    public void Evaluate_ProgrammeNotRecorded_StillCountsAndSaysWhatIsMissing()
    {
        CandidateRecord record = Autumn2024Advisor(programme: null);

        CertificationEvaluation evaluation = Engine.Evaluate(record, Remn, new LocalDate(2025, 3, 1));

        Assert.True(Report(Validator, record).IsValid);
        Assert.Equal([1], evaluation.HeldBlocks);
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.BlockUnderEvidenceProgrammeNotShown && f.Verdict == FindingVerdict.Undetermined);
    }

    [Theory]
    [InlineData("autre", 1, 2025, 2, 13)] // another programme: the evidence covers CnFS only
    [InlineData("cnfs", 1, 2025, 7, 13)] // after the last day of the evidence (Médiateur numérique is in force)
    [InlineData("cnfs", 2, 2025, 2, 13)] // CCP2 without the art. 3 allowance's conditions: the evidence covers CCP1 only
    [InlineData("cnfs", 3, 2024, 9, 20)] // CCP3, idem
    public void Evaluate_OutsideEveryWindowAndEveryEvidence_IsAnError(string programme, int block, int year, int month, int day)
    {
        CandidateRecord record = Autumn2024Advisor(programme, block, new LocalDate(year, month, day));

        CertificationEvaluation evaluation = Engine.Evaluate(record, Remn, new LocalDate(2025, 12, 1));

        Assert.Contains(Report(Validator, record).Errors, p => p.Code == CertificationProblemCodes.ResultOutsideValidity);
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.ResultOutsideValidity);
        Assert.Empty(evaluation.HeldBlocks);
        Assert.Equal(CertificationOutcome.Undetermined, evaluation.Outcome);
    }

    [Fact]
    public void Evaluate_Ccp2UnderTheArt3Allowance_StillCountsAsToday()
    {
        var record = new CandidateRecord
        {
            Programme = "cnfs",
            TrainingStart = new LocalDate(2024, 3, 4),
            Results = [Obtained(Remn, 1, new LocalDate(2024, 6, 20)), Obtained(Remn, 2, new LocalDate(2025, 2, 13))],
            Registrations = [new SessionRegistration { Title = Remn, RegisteredOn = new LocalDate(2024, 7, 1), SessionDate = new LocalDate(2025, 2, 13) }],
        };

        CertificationEvaluation evaluation = Engine.Evaluate(record, Remn, new LocalDate(2025, 3, 1));

        Assert.True(Report(Validator, record).IsValid);
        Assert.Equal([1, 2], evaluation.HeldBlocks);
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.BlockAcquiredInAllowance && f.Block == 2);
        Assert.Equal(CertificationOutcome.Partial, evaluation.Outcome);
    }

    [Fact]
    public void Evaluate_AfterRemnEnded_ExplainsTheSessionsOf2024And2025AsInformation()
    {
        CertificationEvaluation evaluation = Engine.Evaluate(
            new CandidateRecord { Programme = "cnfs", TrainingStart = new LocalDate(2021, 6, 7), Results = [Obtained(Remn, 1, new LocalDate(2021, 11, 4))] },
            Remn,
            new LocalDate(2026, 11, 29));

        Finding finding = Assert.Single(evaluation.Findings, f => f.Kind == FindingKind.SessionEvidenceAfterEnd);
        Assert.Equal(FindingVerdict.Information, finding.Verdict);
        Assert.Contains("12 juillet 2025", finding.Message, StringComparison.Ordinal);
        Assert.Contains("12 July 2025", finding.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RemoteCcp1ForCnfsWithBothFacts_IsCoveredByR13()
    {
        CandidateRecord record = Autumn2024Advisor(remote: true, inPv: true, dgefp: true);

        Finding finding = Assert.Single(Engine.Evaluate(record, Remn, new LocalDate(2025, 3, 1)).Findings, f => f.RuleId == "R13");

        Assert.Equal(FindingKind.RemoteSessionCovered, finding.Kind);
        Assert.Contains("14 novembre 2024", finding.LegalReference, StringComparison.Ordinal);
        Assert.Contains("règlement général des sessions", finding.LegalReference, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, FindingKind.RemoteSessionConditionsNotShown)]
    [InlineData(true, null, FindingKind.RemoteSessionConditionsNotShown)]
    [InlineData(true, false, FindingKind.RemoteSessionNotCovered)]
    [InlineData(false, true, FindingKind.RemoteSessionNotCovered)]
    public void Evaluate_RemoteCcp1ForCnfsWithoutBothFacts_IsNoSilentPass(bool? inPv, bool? dgefp, FindingKind expected)
    {
        CandidateRecord record = Autumn2024Advisor(remote: true, inPv: inPv, dgefp: dgefp);

        CertificationEvaluation evaluation = Engine.Evaluate(record, Remn, new LocalDate(2025, 3, 1));

        Assert.Equal(expected, Assert.Single(evaluation.Findings, f => f.RuleId == "R13").Kind);
        Assert.Equal([1], evaluation.HeldBlocks); // the jury's decision still counts (R5)
    }

    [Theory]
    [InlineData("cnfs", 1, 2024, 10, 15)] // before the arrêté of 14 November 2024 was in force
    [InlineData("cnfs", 1, 2021, 11, 4)] // the first wave sat on site
    [InlineData("autre", 1, 2025, 2, 13)] // another programme
    public void Evaluate_RemoteSessionOutsideTheFrame_IsAnR13Finding(string programme, int block, int year, int month, int day)
    {
        var record = new CandidateRecord
        {
            Programme = programme,
            TrainingStart = new LocalDate(2021, 6, 7),
            Results =
            [
                new BlockResult
                {
                    Title = Remn, Block = block, SessionDate = new LocalDate(year, month, day), SessionKind = SessionKind.SessionCcp,
                    Obtained = true, Remote = true, RemoteMethodInProcesVerbal = true, DgefpInformed = true, ProcesVerbal = "PV",
                },
            ],
        };

        CertificationEvaluation evaluation = Engine.Evaluate(record, Remn, new LocalDate(2025, 12, 1));

        Finding finding = Assert.Single(evaluation.Findings, f => f.RuleId == "R13");
        Assert.Equal((FindingKind.RemoteSessionOutsideFrame, FindingVerdict.NotMet), (finding.Kind, finding.Verdict));
    }

    [Fact]
    public void Evaluate_RemoteCcp2_IsOutsideTheFrame()
    {
        var record = new CandidateRecord
        {
            Programme = "cnfs",
            TrainingStart = new LocalDate(2023, 9, 4),
            Results = [new BlockResult { Title = Remn, Block = 2, SessionDate = new LocalDate(2024, 3, 12), SessionKind = SessionKind.SessionCcp, Obtained = true, Remote = true, ProcesVerbal = "PV" }],
        };

        Assert.Contains(Engine.Evaluate(record, Remn, new LocalDate(2024, 4, 1)).Findings, f => f.Kind == FindingKind.RemoteSessionOutsideFrame);
    }

    [Fact]
    public void CcsAfterCapitalisation_WithoutAnAward_IsHeldByTheEngineAndAcceptedByTheValidator()
    {
        var engine = new CertificationEngine(TestCatalogs.Closed());
        var record = new CandidateRecord
        {
            TrainingStart = new LocalDate(2020, 1, 6),
            Results = [Obtained("tp-closed", 1, new LocalDate(2020, 6, 1)), Obtained("tp-closed", 2, new LocalDate(2020, 9, 1))],
            CcsAwards = [new CcsAward { Title = "tp-closed", Ccs = "ccs-1", Date = new LocalDate(2020, 9, 1) }],
        };

        CertificationEvaluation evaluation = engine.Evaluate(record, "tp-closed", new LocalDate(2020, 12, 1));

        Assert.True(Report(new CandidateRecordValidator(TestCatalogs.Closed()), record).IsValid);
        Assert.Equal(CertificationOutcome.Certified, evaluation.Outcome);
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.CcsHeld);
    }

    [Fact]
    public void CcsBeforeTheLastCcp_IsRejectedByBoth_AndTheOutcomeIsUndetermined()
    {
        var engine = new CertificationEngine(TestCatalogs.Closed());
        var record = new CandidateRecord
        {
            TrainingStart = new LocalDate(2020, 1, 6),
            Results = [Obtained("tp-closed", 1, new LocalDate(2020, 6, 1)), Obtained("tp-closed", 2, new LocalDate(2020, 9, 1))],
            CcsAwards = [new CcsAward { Title = "tp-closed", Ccs = "ccs-1", Date = new LocalDate(2020, 8, 31) }],
        };

        CertificationEvaluation evaluation = engine.Evaluate(record, "tp-closed", new LocalDate(2020, 12, 1));

        Assert.Contains(Report(new CandidateRecordValidator(TestCatalogs.Closed()), record).Errors, p => p.Code == CertificationProblemCodes.CcsBeforeTitle);
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.CcsBeforeTitle);
        Finding inconsistent = Assert.Single(evaluation.Findings, f => f.Kind == FindingKind.RecordInconsistent);
        Assert.Equal(CertificationProblemCodes.CcsBeforeTitle, inconsistent.RecordProblem!.Code);
        Assert.Equal(CertificationOutcome.Undetermined, evaluation.Outcome);
    }

    [Fact]
    public void Evaluate_AnAwardWithoutItsBlocks_IsNotAnsweredConfidently()
    {
        var record = new CandidateRecord
        {
            TrainingStart = new LocalDate(2021, 6, 7),
            Results = [Obtained(Remn, 1, new LocalDate(2021, 11, 4))],
            TitleAwards = [new TitleAward { Title = Remn, Date = new LocalDate(2021, 11, 4) }],
        };

        CertificationEvaluation evaluation = Engine.Evaluate(record, Remn, new LocalDate(2022, 1, 1));

        Assert.Equal(CertificationOutcome.Undetermined, evaluation.Outcome);
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.RecordInconsistent && f.RecordProblem!.Code == CertificationProblemCodes.AwardWithoutAllBlocks);
    }

    [Fact]
    public void Property_TheValidatorAccepts_IffTheEngineRaisesNoConsistencyError()
    {
        Gen<(CertificationCatalog, TitleVersion, CandidateRecord, LocalDate)> cases =
            from catalog in CertificationGenerators.Catalog
            from title in Gen.Elements(catalog.Titles.ToArray())
            from record in Gen.OneOf(
                CertificationGenerators.ValidRecord(title),
                CertificationGenerators.DefectiveRecord(catalog, title).Select(d => d.Record))
            from days in Gen.Choose(0, 3000)
            select (catalog, title, record, title.ValidFrom.PlusDays(days));
        Properties.ForAll(cases, c =>
        {
            (CertificationCatalog catalog, TitleVersion title, CandidateRecord record, LocalDate asOf) = c;
            ValidationReport report = ValidationReport.FromFluentValidation(new CandidateRecordValidator(catalog).Validate(record));
            CertificationEvaluation evaluation = new CertificationEngine(catalog).Evaluate(record, title.Id, asOf);

            Assert.Equal(report.IsValid, !evaluation.Findings.Any(f => f.Kind == FindingKind.RecordInconsistent));
            Assert.Equal(
                report.Errors.Select(p => (p.Code, p.Path)),
                evaluation.Findings.Where(f => f.Kind == FindingKind.RecordInconsistent).Select(f => (f.RecordProblem!.Code, f.RecordProblem.Path)));
            Assert.True(report.IsValid || evaluation.Outcome == CertificationOutcome.Undetermined);
            if (evaluation.Findings.Any(f => f.Kind == FindingKind.ResultOutsideValidity))
            {
                Assert.Contains(report.Errors, p => p.Code == CertificationProblemCodes.ResultOutsideValidity);
            }

            if (evaluation.Findings.Any(f => f.Kind == FindingKind.CcsBeforeTitle))
            {
                Assert.Contains(report.Errors, p => p.Code == CertificationProblemCodes.CcsBeforeTitle);
            }
        });
    }

    [Theory]
    [InlineData(2020, 12, 10, true)] // five years to the same day, inclusive
    [InlineData(2020, 12, 11, false)]
    public void Evaluate_CmnCcp1OfDecember2015_CountsForFiveYears(int year, int month, int day, bool held)
    {
        var record = new CandidateRecord { TrainingStart = new LocalDate(2015, 9, 7), Results = [Obtained(Cmn, 1, new LocalDate(2015, 12, 10))] };

        CertificationEvaluation evaluation = Engine.Evaluate(record, Cmn, new LocalDate(year, month, day));

        Assert.Equal(held, evaluation.HeldBlocks.Contains(1));
        Finding finding = Assert.Single(evaluation.Findings, f => f.Kind is FindingKind.BlockAcquiredFiveYears or FindingKind.BlockExpiredFiveYears);
        Assert.Equal(new LocalDate(2020, 12, 10), finding.Until);
    }

    [Fact]
    public void Evaluate_CmnCompletedWithinFiveYearsOfA2015Ccp_StaysCertifiedAfterwards()
    {
        var record = new CandidateRecord
        {
            TrainingStart = new LocalDate(2015, 9, 7),
            Results = [Obtained(Cmn, 1, new LocalDate(2015, 12, 10)), Obtained(Cmn, 2, new LocalDate(2016, 5, 20)), Obtained(Cmn, 3, new LocalDate(2018, 3, 15))],
        };

        CertificationEvaluation evaluation = Engine.Evaluate(record, Cmn, new LocalDate(2024, 1, 1));

        Assert.Equal(CertificationOutcome.Certified, evaluation.Outcome);
        Assert.Equal(new LocalDate(2018, 3, 15), Assert.Single(evaluation.Findings, f => f.Kind == FindingKind.AllBlocksHeld).Date);
        Assert.DoesNotContain(evaluation.Findings, f => f.Kind == FindingKind.BlockExpiredFiveYears);
    }

    [Theory]
    [InlineData(2020, 6, 1, CertificationOutcome.Certified)] // the last CCP on the fifth anniversary of the first
    [InlineData(2020, 6, 2, CertificationOutcome.Partial)] // one day late: the 2015 CCP no longer counts
    public void Evaluate_TheLastCcpMustFallWithinFiveYearsOfA2015Ccp(int year, int month, int day, CertificationOutcome expected)
    {
        var engine = new CertificationEngine(TestCatalogs.Closed(new LocalDate(2014, 1, 1), new LocalDate(2022, 12, 31)));
        var record = new CandidateRecord
        {
            TrainingStart = new LocalDate(2015, 1, 5),
            Results = [Obtained("tp-closed", 1, new LocalDate(2015, 6, 1)), Obtained("tp-closed", 2, new LocalDate(year, month, day))],
        };

        CertificationEvaluation evaluation = engine.Evaluate(record, "tp-closed", new LocalDate(2021, 1, 1));

        Assert.Equal(expected, evaluation.Outcome);
    }
}

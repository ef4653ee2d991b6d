using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using NodaTime;

namespace Landes.Inclusion.Tests.Certification;

public sealed class CertificationEngineTests
{
    private const string Cmn = "cmn-2015";
    private const string Remn = "remn-2019";
    private const string Mn = "mediateur-numerique-2025";

    private static readonly CertificationEngine Engine = CertificationEngine.Default;

    // The news item: an advisor trained by Afpa in autumn 2021 who obtained REMN CCP1 in late 2021.
    private static readonly CandidateRecord NewsItemAdvisor = new()
    {
        CandidateId = "landes-cnfs-07",
        TrainingStart = new LocalDate(2021, 9, 6),
        Results = [Obtained(Remn, 1, new LocalDate(2021, 11, 25))],
    };

    internal static BlockResult Obtained(string title, int block, LocalDate date, SessionKind kind = SessionKind.SessionCcp) => new()
    {
        Title = title,
        Block = block,
        SessionDate = date,
        SessionKind = kind,
        Obtained = true,
        ProcesVerbal = "PV-" + date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
    };

    internal static BlockResult Failed(string title, int block, LocalDate date) => new()
    {
        Title = title,
        Block = block,
        SessionDate = date,
        SessionKind = SessionKind.SessionCcp,
        Obtained = false,
        ProcesVerbal = "PV-F",
    };

    [Fact]
    public void Evaluate_NewsItemAdvisorIn2022_IsPartialWithCcp2AndCcp3Missing()
    {
        CertificationEvaluation evaluation = Engine.Evaluate(NewsItemAdvisor, Remn, new LocalDate(2022, 6, 1));

        Assert.Equal(CertificationOutcome.Partial, evaluation.Outcome);
        Assert.Equal([1], evaluation.HeldBlocks);
        Assert.Equal([2, 3], evaluation.MissingBlocks);
        Assert.Equal(new LocalDate(2024, 7, 12), evaluation.Deadline);
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.BlockAcquired && f.RuleId == "R3" && f.Block == 1);
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.InForceUntil);
        Finding missing = Assert.Single(evaluation.Findings, f => f.Kind == FindingKind.BlocksMissing);
        Assert.Equal("REMN : CCP acquis : CCP1 ; CCP manquants : CCP2, CCP3.", missing.Message);
        Assert.Equal("REMN: CCPs held: CCP1; CCPs missing: CCP2, CCP3.", missing.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Evaluate_NewsItemAdvisorIn2026_RemnHasLapsedAndTheRevisionIsExplained()
    {
        CertificationEvaluation evaluation = Engine.Evaluate(NewsItemAdvisor, Remn, new LocalDate(2026, 1, 15));

        Assert.Equal(CertificationOutcome.Lapsed, evaluation.Outcome);
        Assert.Equal([1], evaluation.HeldBlocks);
        Assert.Null(evaluation.Deadline);
        Finding allowance = Assert.Single(evaluation.Findings, f => f.Kind == FindingKind.AllowanceNotEligible);
        Assert.Equal("R4", allowance.RuleId);
        Assert.Contains("art. 3", allowance.LegalReference, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2025, 7, 12), allowance.Until);
        Finding successor = Assert.Single(evaluation.Findings, f => f.Kind == FindingKind.Succeeded);
        Assert.Equal("REMN est remplacé par Médiateur numérique, en vigueur depuis le 13 juillet 2025.", successor.Message);
        Finding unknown = Assert.Single(evaluation.Findings, f => f.Kind == FindingKind.SuccessorCorrespondenceNotPublished);
        Assert.Equal(FindingVerdict.Undetermined, unknown.Verdict);
        Assert.Equal(
            "The correspondence table between the CCPs of REMN and those of Médiateur numérique is not published: which CCPs of Médiateur numérique the held CCPs (CCP1) give cannot be said.",
            unknown.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Evaluate_NewsItemAdvisorAgainstMediateurNumerique_IsUndeterminedAndNeverGuesses()
    {
        CertificationEvaluation evaluation = Engine.Evaluate(NewsItemAdvisor, Mn, new LocalDate(2026, 1, 15));

        Assert.Equal(CertificationOutcome.Undetermined, evaluation.Outcome);
        Assert.Empty(evaluation.HeldBlocks);
        PendingBlock pending = Assert.Single(evaluation.PendingBlocks);
        Assert.Equal((Remn, 1, new LocalDate(2021, 11, 25)), (pending.Title, pending.Block, pending.SessionDate));
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.CorrespondenceNotPublished && f.OtherBlock == 1 && f.Other == Remn);
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.BlockListIncomplete);
        Assert.Null(evaluation.Deadline);
    }

    [Fact]
    public void Evaluate_AllThreeRemnCcps_IsCertifiedByCapitalisation()
    {
        var record = new CandidateRecord
        {
            TrainingStart = new LocalDate(2021, 9, 6),
            Results =
            [
                Obtained(Remn, 1, new LocalDate(2021, 11, 25)),
                Obtained(Remn, 2, new LocalDate(2023, 3, 10)),
                Obtained(Remn, 3, new LocalDate(2023, 3, 10)),
            ],
        };

        CertificationEvaluation evaluation = Engine.Evaluate(record, Remn, new LocalDate(2023, 4, 1));

        Assert.Equal(CertificationOutcome.Certified, evaluation.Outcome);
        Assert.Empty(evaluation.MissingBlocks);
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.AllBlocksHeld && f.RuleId == "R1");
    }

    [Fact]
    public void Evaluate_TitleAward_IsCertified()
    {
        var record = new CandidateRecord
        {
            TrainingStart = new LocalDate(2020, 1, 6),
            Results = [Obtained(Remn, 1, new LocalDate(2020, 6, 1), SessionKind.SessionTitre), Obtained(Remn, 2, new LocalDate(2020, 6, 1), SessionKind.SessionTitre), Obtained(Remn, 3, new LocalDate(2020, 6, 1), SessionKind.SessionTitre)],
            TitleAwards = [new TitleAward { Title = Remn, Date = new LocalDate(2020, 6, 1), ProcesVerbal = "PV-1" }],
        };

        CertificationEvaluation evaluation = Engine.Evaluate(record, Remn, new LocalDate(2026, 1, 1));

        Assert.Equal(CertificationOutcome.Certified, evaluation.Outcome);
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.TitleAwarded && f.RuleId == "R5");
    }

    [Theory]
    [InlineData(2019, 7, 12, false)] // the day before validity starts
    [InlineData(2019, 7, 13, true)] // first day, inclusive
    [InlineData(2024, 7, 12, true)] // last day, inclusive
    [InlineData(2024, 7, 13, false)] // the day after, without the allowance's conditions (CCP2: no session evidence)
    public void Evaluate_ResultAtTheEdgesOfRemnValidity_CountsOnlyInside(int year, int month, int day, bool counts)
    {
        var date = new LocalDate(year, month, day);
        var record = new CandidateRecord { TrainingStart = new LocalDate(2019, 1, 7), Results = [Obtained(Remn, 2, date)] };

        CertificationEvaluation evaluation = Engine.Evaluate(record, Remn, date);

        Assert.Equal(counts, evaluation.HeldBlocks.Contains(2));
        Assert.Equal(!counts, evaluation.Findings.Any(f => f.Kind == FindingKind.ResultOutsideValidity));
    }

    [Theory]
    [InlineData(2025, 7, 12, CertificationOutcome.Partial)] // last day of the allowance, inclusive
    [InlineData(2025, 7, 13, CertificationOutcome.Lapsed)]
    public void Evaluate_RegisteredBeforeTheEnd_HasTheAllowanceUntilItsLastDay(int year, int month, int day, CertificationOutcome expected)
    {
        var record = new CandidateRecord
        {
            TrainingStart = new LocalDate(2024, 1, 8),
            Results = [Obtained(Remn, 1, new LocalDate(2024, 5, 15))],
            Registrations = [new SessionRegistration { Title = Remn, RegisteredOn = new LocalDate(2024, 7, 12), SessionDate = new LocalDate(2024, 10, 3) }],
        };

        CertificationEvaluation evaluation = Engine.Evaluate(record, Remn, new LocalDate(year, month, day));

        Assert.Equal(expected, evaluation.Outcome);
        Assert.Equal(expected == CertificationOutcome.Partial ? new LocalDate(2025, 7, 12) : null, evaluation.Deadline);
        Assert.Contains(evaluation.Findings, f => f.Kind == (expected == CertificationOutcome.Partial ? FindingKind.AllowanceOpen : FindingKind.AllowanceExpired));
    }

    [Fact]
    public void Evaluate_ResultInTheAllowance_CountsAndCanComplete()
    {
        var record = new CandidateRecord
        {
            TrainingStart = new LocalDate(2024, 1, 8),
            Results =
            [
                Obtained(Remn, 1, new LocalDate(2024, 5, 15)),
                Obtained(Remn, 2, new LocalDate(2024, 10, 3)),
                Obtained(Remn, 3, new LocalDate(2024, 10, 3)),
            ],
            Registrations = [new SessionRegistration { Title = Remn, RegisteredOn = new LocalDate(2024, 6, 1), SessionDate = new LocalDate(2024, 10, 3) }],
        };

        CertificationEvaluation evaluation = Engine.Evaluate(record, Remn, new LocalDate(2025, 1, 1));

        Assert.Equal(CertificationOutcome.Certified, evaluation.Outcome);
        Assert.Equal(2, evaluation.Findings.Count(f => f.Kind == FindingKind.BlockAcquiredInAllowance));
    }

    [Fact]
    public void Evaluate_RegisteredButTrainingStartedAfterTheEnd_HasNoAllowance()
    {
        var record = new CandidateRecord
        {
            TrainingStart = new LocalDate(2024, 7, 13),
            Results = [Obtained(Remn, 1, new LocalDate(2024, 5, 15))],
            Registrations = [new SessionRegistration { Title = Remn, RegisteredOn = new LocalDate(2024, 7, 1), SessionDate = new LocalDate(2024, 10, 3) }],
        };

        CertificationEvaluation evaluation = Engine.Evaluate(record, Remn, new LocalDate(2024, 8, 1));

        Assert.Equal(CertificationOutcome.Lapsed, evaluation.Outcome);
    }

    [Fact]
    public void Evaluate_ClosedTitle_AllowsOneYearAfterItsEnd()
    {
        CertificationCatalog catalog = TestCatalogs.Closed();
        var engine = new CertificationEngine(catalog);
        var record = new CandidateRecord
        {
            TrainingStart = new LocalDate(2020, 1, 6),
            Results = [Obtained("tp-closed", 1, new LocalDate(2020, 6, 1))],
            Registrations = [new SessionRegistration { Title = "tp-closed", RegisteredOn = new LocalDate(2020, 12, 31), SessionDate = new LocalDate(2021, 2, 1) }],
        };

        Assert.Equal(new LocalDate(2021, 12, 31), engine.Evaluate(record, "tp-closed", new LocalDate(2021, 12, 31)).Deadline);
        Assert.Equal(CertificationOutcome.Lapsed, engine.Evaluate(record, "tp-closed", new LocalDate(2022, 1, 1)).Outcome);
    }

    [Fact]
    public void Evaluate_PublishedCorrespondence_CarriesBlocksOver()
    {
        var engine = new CertificationEngine(TestCatalogs.Revised());
        var record = new CandidateRecord
        {
            TrainingStart = new LocalDate(2018, 1, 8),
            Results = [Obtained("tp-old", 1, new LocalDate(2018, 6, 1)), Obtained("tp-old", 2, new LocalDate(2018, 6, 1))],
        };

        CertificationEvaluation evaluation = engine.Evaluate(record, "tp-new", new LocalDate(2021, 1, 1));

        Assert.Equal(CertificationOutcome.Partial, evaluation.Outcome);
        Assert.Equal([2], evaluation.HeldBlocks);
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.BlockCarriedOver && f.OtherBlock == 1 && f.Block == 2);
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.BlockWithoutCounterpart && f.OtherBlock == 2);
    }

    [Theory]
    [InlineData(2020, 5, 31, true)] // five years after 2015-05-31, inclusive
    [InlineData(2020, 6, 1, false)]
    public void Evaluate_ResultBefore14July2016_CountsForFiveYears(int year, int month, int day, bool counts)
    {
        var engine = new CertificationEngine(TestCatalogs.Closed(validFrom: new LocalDate(2014, 1, 1), validUntil: new LocalDate(2030, 12, 31)));
        var record = new CandidateRecord { TrainingStart = new LocalDate(2015, 1, 5), Results = [Obtained("tp-closed", 1, new LocalDate(2015, 5, 31))] };

        CertificationEvaluation evaluation = engine.Evaluate(record, "tp-closed", new LocalDate(year, month, day));

        Assert.Equal(counts, evaluation.HeldBlocks.Contains(1));
        Assert.Contains(evaluation.Findings, f => f.Kind == (counts ? FindingKind.BlockAcquiredFiveYears : FindingKind.BlockExpiredFiveYears) && f.Until == new LocalDate(2020, 5, 31));
    }

    [Fact]
    public void Evaluate_SessionWithoutTrainingOrProcesVerbal_SaysSo()
    {
        var record = new CandidateRecord
        {
            Results = [new BlockResult { Title = Remn, Block = 1, SessionDate = new LocalDate(2022, 3, 1), SessionKind = SessionKind.SessionCcp, Obtained = true }],
        };

        CertificationEvaluation evaluation = Engine.Evaluate(record, Remn, new LocalDate(2022, 4, 1));

        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.TrainingNotShown && f.RuleId == "R2");
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.NoProcesVerbal && f.RuleId == "R5");
    }

    [Theory]
    [InlineData(2023, 3, 10, FindingKind.ResitOpen)] // one year after the failure, inclusive
    [InlineData(2023, 3, 11, FindingKind.ResitClosed)]
    public void Evaluate_AfterAFailure_ResitWithoutTrainingForOneYear(int year, int month, int day, FindingKind expected)
    {
        var record = new CandidateRecord
        {
            TrainingStart = new LocalDate(2021, 9, 6),
            Results = [Obtained(Remn, 1, new LocalDate(2021, 11, 25)), Failed(Remn, 2, new LocalDate(2022, 3, 10))],
        };

        CertificationEvaluation evaluation = Engine.Evaluate(record, Remn, new LocalDate(year, month, day));

        Finding resit = Assert.Single(evaluation.Findings, f => f.Kind is FindingKind.ResitOpen or FindingKind.ResitClosed);
        Assert.Equal(expected, resit.Kind);
        Assert.Equal("R6", resit.RuleId);
        Assert.Equal(new LocalDate(2023, 3, 10), resit.Until);
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.BlockNotObtained && f.Block == 2);
    }

    [Fact]
    public void Evaluate_CcsBeforeItsTitle_IsNotMet()
    {
        CertificationCatalog catalog = TestCatalogs.Closed();
        var engine = new CertificationEngine(catalog);
        var record = new CandidateRecord
        {
            TrainingStart = new LocalDate(2020, 1, 6),
            Results = [Obtained("tp-closed", 1, new LocalDate(2020, 6, 1)), Obtained("tp-closed", 2, new LocalDate(2020, 6, 2))],
            TitleAwards = [new TitleAward { Title = "tp-closed", Date = new LocalDate(2020, 6, 2) }],
            CcsAwards = [new CcsAward { Title = "tp-closed", Ccs = "ccs-1", Date = new LocalDate(2020, 6, 1) }, new CcsAward { Title = "tp-closed", Ccs = "ccs-1", Date = new LocalDate(2020, 9, 1) }],
        };

        CertificationEvaluation evaluation = engine.Evaluate(record, "tp-closed", new LocalDate(2020, 12, 1));

        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.CcsBeforeTitle && f.Date == new LocalDate(2020, 6, 1));
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.CcsHeld && f.Date == new LocalDate(2020, 9, 1));
    }

    [Fact]
    public void Evaluate_EntriesAfterAsOf_AreIgnored()
    {
        var record = new CandidateRecord { TrainingStart = new LocalDate(2021, 9, 6), Results = [Obtained(Remn, 1, new LocalDate(2021, 11, 25))] };

        CertificationEvaluation evaluation = Engine.Evaluate(record, Remn, new LocalDate(2021, 11, 24));

        Assert.Equal(CertificationOutcome.NotStarted, evaluation.Outcome);
        Assert.Contains(evaluation.Findings, f => f.Kind == FindingKind.FutureEntryIgnored);
    }

    [Fact]
    public void DefaultCatalogWithAnotherTitle_IsValid_AndEvaluatesBoth()
    {
        CertificationCatalog extended = CertificationCatalog.Default.With(TestCatalogs.Closed().Titles);
        var engine = new CertificationEngine(extended);
        var record = new CandidateRecord
        {
            TrainingStart = new LocalDate(2020, 1, 6),
            Results = [Obtained(Remn, 1, new LocalDate(2020, 6, 1)), Obtained("tp-closed", 1, new LocalDate(2020, 6, 1))],
        };

        Assert.True(ValidationReport.FromFluentValidation(new CertificationCatalogValidator().Validate(extended)).IsValid);
        Assert.Equal(4, extended.Titles.Count);
        Assert.Equal([1], engine.Evaluate(record, "tp-closed", new LocalDate(2020, 7, 1)).HeldBlocks);
        Assert.Equal([1], engine.Evaluate(record, Remn, new LocalDate(2020, 7, 1)).HeldBlocks);
        Assert.True(new CandidateRecordValidator(extended).Validate(record, new LocalDate(2020, 7, 1)).IsValid);
    }

    [Fact]
    public void Evaluate_UnknownTitle_Throws() =>
        Assert.Throws<ArgumentException>(() => Engine.Evaluate(new CandidateRecord(), "nope", new LocalDate(2020, 1, 1)));

    [Fact]
    public void Finding_IsAProblem_WithItsCodeRuleAndArgumentsWrittenInTheLanguageAskedFor()
    {
        var record = new CandidateRecord { TrainingStart = new LocalDate(2022, 1, 3), Results = [Obtained(Remn, 1, new LocalDate(2022, 7, 1))] };

        CertificationEvaluation evaluation = Engine.Evaluate(record, Remn, new LocalDate(2022, 9, 1));
        Finding acquired = Assert.Single(evaluation.Findings, f => f.Kind == FindingKind.BlockAcquired);
        Problem problem = acquired.ToProblem();

        Assert.Equal(CertificationProblemCodes.FindingBlockAcquired, problem.Code);
        Assert.Equal("R3", problem.Definition.RuleId);
        Assert.Equal("2022-07-01", problem.Arguments["date"]);
        Assert.Equal(acquired.Message, problem.Message);
        Assert.Contains("1er juillet 2022", problem.GetMessage(MessageLanguage.French), StringComparison.Ordinal);
        Assert.Contains("1 July 2022", problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFindingKind_HasARuleOfR1ToR6OrR13_AndTheSamePlaceholdersInBothLanguages()
    {
        foreach (FindingKind kind in Enum.GetValues<FindingKind>())
        {
            FindingTexts.Entry entry = FindingTexts.Of(kind);
            Assert.Equal(kind, entry.Kind);
            Assert.Matches("^R([1-6]|13)$", entry.Definition.RuleId);
            Assert.NotEmpty(entry.Definition.LegalReference!);
            Assert.Matches("^LI-CER-2[1-4][0-9]$", entry.Definition.Code);
            Assert.Same(entry.Definition, ProblemCatalog.Get(entry.Definition.Code));
            Assert.Equal(Placeholders(entry.Definition.FrenchTemplate), Placeholders(entry.Definition.EnglishTemplate));
        }

        static string[] Placeholders(string template) =>
            [.. System.Text.RegularExpressions.Regex.Matches(template, "\\{[a-zA-Z]+\\}").Select(m => m.Value).Order(StringComparer.Ordinal)];
    }
}

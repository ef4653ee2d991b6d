using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Network;
using Landes.Inclusion.Training;
using NodaTime;
using NodaTime.Testing;

namespace Landes.Inclusion.Tests.Network;

/// <summary>The report on the embedded Landes sample reproduces the news item and answers the département's questions.</summary>
public sealed class LandesSampleReportTests
{
    private static readonly NetworkReporter Reporter = new();
    private static readonly LocalDate Today = new(2026, 11, 29);

    [Fact]
    public void Headcount_34AdvisorsInPost_OneVacantPost()
    {
        NetworkReport report = Reporter.Build(LandesSample.Network, Today);

        Assert.Equal(34, report.Headcount.AdvisorsInPost);
        Assert.Equal(2, report.Headcount.AdvisorsNotInPost);
        Assert.Equal(19, report.Headcount.StructuresWithAdvisors);
        Assert.Equal(1, report.Headcount.VacantPosts);
    }

    [Fact]
    public void Certification_32Of34HoldRemnCcp1_TheTwoRecruitedAfterTheSummerDoNot()
    {
        NetworkReport report = Reporter.Build(LandesSample.Network, Today);

        BlockHolding ccp1 = Assert.Single(report.Blocks);
        Assert.Equal(("remn-2019", 1, 32, 34), (ccp1.Title, ccp1.Block, ccp1.Holders, ccp1.AdvisorsInPost));
        var recentRecruits = LandesSample.Network.Advisors.Where(a => a.RecruitedOn >= new LocalDate(2026, 9, 1)).Select(a => a.Id).Order(StringComparer.Ordinal);
        Assert.Equal(recentRecruits, ccp1.NotHeldBy.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Titles_Asof2026_RemnLapsedAndTheRevisionUndetermined()
    {
        NetworkReport report = Reporter.Build(LandesSample.Network, Today);

        TitleOutcomes remn = report.Titles.Single(t => t.Title == "remn-2019");
        TitleOutcomes mediateur = report.Titles.Single(t => t.Title == "mediateur-numerique-2025");
        Assert.Equal((0, 32, 2), (remn.Partial, remn.Lapsed, remn.NotStarted));
        Assert.Equal((32, 2), (mediateur.Undetermined, mediateur.NotStarted));
        Assert.Contains(report.Findings, g => g.RuleId == "R4" && g.Items.Count > 0);
    }

    [Fact]
    public void Findings_ExplainTheRemnSessionsOf2024And2025_WithoutAnError()
    {
        NetworkReport report = Reporter.Build(LandesSample.Network, Today);

        FindingGroup r4 = report.Findings.Single(g => g.RuleId == "R4");
        var evidence = r4.Items.Where(i => i.Code == CertificationProblemCodes.FindingSessionEvidenceAfterEnd).ToList();
        Assert.Equal(32, evidence.Count);
        Assert.All(evidence, i => Assert.Equal(ProblemSeverity.Information, i.Severity));
        Assert.All(evidence, i => Assert.Contains("12 juillet 2025", i.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(report.Findings.Where(g => g.RuleId.StartsWith('R')), g => g.Errors > 0);
    }

    [Fact]
    public void Titles_Asof2022_HoldersArePartialUntilTheEndOfRemn()
    {
        NetworkReport report = Reporter.Build(LandesSample.Network, new LocalDate(2022, 12, 31));

        TitleOutcomes remn = report.Titles.Single(t => t.Title == "remn-2019");
        Assert.Equal(report.Headcount.AdvisorsInPost, remn.Partial + remn.NotStarted);
        Assert.True(remn.Partial > 0);
        Assert.Equal(new LocalDate(2024, 7, 12), remn.Deadline);
    }

    [Fact]
    public void InTraining_TheTwoRecruitsWithTheirExamDeadline()
    {
        NetworkReport report = Reporter.Build(LandesSample.Network, Today);

        Assert.Equal(2, report.InTraining.Count);
        Assert.All(report.InTraining, t =>
        {
            Enrolment enrolment = LandesSample.Network.Advisors.Single(a => a.Id == t.AdvisorId).Training!;
            Assert.Equal(TrainingStatus.InTraining, t.Status);
            Assert.Equal("cnfs-2025/175h+210h", t.Path);
            Assert.Equal(385m, t.HoursRequired);
            Assert.True(t.HoursDone is > 0 and < 385);
            Assert.Equal(enrolment.End!.Value.PlusMonths(6), t.ExamDueBy); // R10: within 6 months after the end
        });
    }

    [Fact]
    public void HoursByPath_FirstWaveBetween105And420Hours()
    {
        NetworkReport report = Reporter.Build(LandesSample.Network, Today);

        var firstWave = report.HoursByPath.Where(p => p.Period == "cnfs-2021").ToList();
        Assert.Equal(32, firstWave.Sum(p => p.Advisors));
        Assert.All(firstWave, p => Assert.InRange(p.MinHours, 105m, 420m));
        Assert.All(firstWave, p => Assert.True(p.MinHours <= p.MedianHours && p.MedianHours <= p.MaxHours));
        Assert.Equal(["105h", "280h", "350h", "420h"], firstWave.Select(p => p.Path));
    }

    [Fact]
    public void Alerts_ContractsEndingWithin90DaysAndThePostVacantSinceApril()
    {
        NetworkReport report = Reporter.Build(LandesSample.Network, Today);

        ReportItem vacancy = Assert.Single(report.Alerts, a => a.Code == NetworkProblemCodes.PostVacantTooLong);
        Assert.Contains("2026-04-01", vacancy.Message, StringComparison.Ordinal);
        var ending = report.Alerts.Where(a => a.Code == NetworkProblemCodes.ContractEndingSoon).ToList();
        Assert.NotEmpty(ending);
        Assert.All(ending, a => Assert.Equal("R14", a.RuleId));
        Assert.All(ending, a => Assert.Matches(@"advisors\[\d+\]\.contracts\[\d+\]\.end", a.Path));
    }

    [Fact]
    public void VacancyRule_DoesNotApplyBefore2025()
    {
        NetworkDocument network = LandesSample.Network;
        var options = new NetworkReportOptions { VacancyRuleFrom = new LocalDate(2027, 1, 1) };

        NetworkReport report = Reporter.Build(network, Today, options);

        Assert.DoesNotContain(report.Alerts, a => a.Code == NetworkProblemCodes.PostVacantTooLong);
    }

    [Fact]
    public void Coverage_TheWholeDepartement()
    {
        NetworkReport report = Reporter.Build(LandesSample.Network, Today);

        CoverageSummary coverage = report.Coverage!;
        Assert.Equal(433_570, coverage.Population);
        Assert.Equal(327, coverage.Communes);
        Assert.Equal(2026, coverage.Vintage.CogYear);
        Assert.Equal([5.0, 10.0, 15.0, 20.0], coverage.Thresholds.Select(t => t.ThresholdKm));
        Assert.True(coverage.Thresholds.Zip(coverage.Thresholds.Skip(1)).All(p => p.First.Share <= p.Second.Share));
    }

    [Fact]
    public void Findings_AreGroupedByRuleInOrder()
    {
        NetworkReport report = Reporter.Build(LandesSample.Network, Today);

        var order = report.Findings.Select(g => g.RuleId).ToList();
        Assert.Equal(order.Distinct(), order);
        Assert.Equal("NET", order[^1]);
        Assert.All(report.Findings, g => Assert.Equal(g.Items.Count, g.Errors + g.Warnings + g.Information));
        Assert.All(report.Findings, g => Assert.False(string.IsNullOrWhiteSpace(g.Source)));
    }

    [Fact]
    public void Build_FromAClock_UsesTheDayInParis()
    {
        // 23:30 UTC on 28 November is already 29 November in Paris.
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 28, 23, 30));

        Assert.Equal(Today, Reporter.Build(LandesSample.Network, clock, null).AsOf);
    }

    [Fact]
    public void Messages_FollowTheLanguage()
    {
        NetworkReport french = Reporter.Build(LandesSample.Network, Today);
        NetworkReport english = Reporter.Build(LandesSample.Network, Today, new NetworkReportOptions { Language = MessageLanguage.English });

        Assert.StartsWith("Poste vacant", french.Alerts.Single(a => a.Code == NetworkProblemCodes.PostVacantTooLong).Message, StringComparison.Ordinal);
        Assert.StartsWith("Post vacant", english.Alerts.Single(a => a.Code == NetworkProblemCodes.PostVacantTooLong).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportJson_RoundTripsToTheSameBytes()
    {
        NetworkReport report = Reporter.Build(LandesSample.Network, Today);

        byte[] bytes = NetworkJson.Report.Write(report);
        NetworkReport back = NetworkJson.Report.Read(bytes).GetValueOrThrow();

        Assert.Equal(bytes, NetworkJson.Report.Write(back));
        Assert.Contains("\"asOf\": \"2026-11-29\"", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateOneAdvisor_ExplainsWhatThe2025RevisionMeans()
    {
        Advisor holder = LandesSample.Network.Advisors.First(a => a.Certification?.Results.Count > 0 && a.IsInPostOn(Today));

        CertificationEvaluation evaluation = CertificationEngine.Default.Evaluate(holder.Certification!, "remn-2019", Today);

        Assert.Equal(CertificationOutcome.Lapsed, evaluation.Outcome);
        Assert.Contains(evaluation.Findings, f => f.GetMessage(MessageLanguage.French).Contains("Médiateur numérique", StringComparison.Ordinal));
    }
}

using Landes.Inclusion.Fuzzing;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Robustness;

/// <summary>
/// The fuzzing harness's bounded smoke (docs/reliability.md): a fixed seed, so that the same inputs run on every
/// build; every reader, the schemas as oracle, and one invocation of the tool in fifty.
/// </summary>
public sealed class FuzzSmokeTests
{
    [Fact]
    public void FixedSeedCampaign_FindsNoExceptionHangSilentAcceptOrUnstableRoundTrip()
    {
        var campaign = new Campaign(seed: 20261202, RepositoryFiles.PathOf("docs/schemas"));

        campaign.Run(TimeSpan.FromSeconds(25), maxInputs: 12_000, cliShare: 50);

        Assert.True(campaign.Stats.Values.Sum(s => s.Inputs) >= 200, campaign.Summary()); // beside the other tests on 2 cores: a few hundred inputs
        Assert.True(campaign.Findings.Count == 0, campaign.Summary());
    }
}

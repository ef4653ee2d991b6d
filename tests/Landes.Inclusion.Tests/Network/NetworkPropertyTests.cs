using FsCheck.Fluent;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Network;
using Landes.Inclusion.Testing.Network;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Network;

public sealed class NetworkPropertyTests
{
    private static readonly NetworkValidator Validator = new();

    private static ValidationReport Validate(NetworkDocument network) =>
        ValidationReport.FromFluentValidation(Validator.Validate(network));

    [Fact]
    public void GeneratedNetworks_AreAcceptedWithoutAnyProblem() =>
        Properties.ForAll(NetworkGenerators.Network, network =>
            Assert.True(Validate(network).Problems.Count == 0, string.Join("\n", Validate(network).Problems)));

    [Fact]
    public void DefectiveNetworks_ReportTheirCodeAtTheirPath() =>
        Properties.ForAll(NetworkGenerators.DefectiveNetwork, defective =>
        {
            ValidationReport report = Validate(defective.Network);
            Assert.True(
                report.Problems.Any(p => p.Code == defective.ExpectedCode && p.Path == defective.ExpectedPath),
                $"{defective}: {string.Join("; ", report.Problems.Select(p => $"{p.Path} {p.Code}"))}");
        });

    [Fact]
    public void DefectiveNetworks_CoverEveryStructuralAndContractCode()
    {
        var seen = NetworkGenerators.DefectiveNetwork.Sample(10, 600).Select(d => d.ExpectedCode).ToHashSet();

        Assert.Superset(seen, new HashSet<string>
        {
            NetworkProblemCodes.DuplicateId, NetworkProblemCodes.UnknownStructure, NetworkProblemCodes.UnknownPlace,
            NetworkProblemCodes.UnknownPost, NetworkProblemCodes.EmptyText, NetworkProblemCodes.CdiWithEndDate,
            NetworkProblemCodes.FixedTermWithoutEndDate, NetworkProblemCodes.EndsBeforeStart, NetworkProblemCodes.ContratDeProjetDuration,
            NetworkProblemCodes.PartTime, NetworkProblemCodes.OverlappingContracts, NetworkProblemCodes.NoContract,
        });
    }

    [Fact]
    public void GeneratedNetworks_RoundTripThroughJsonToTheSameBytes() =>
        Properties.ForAll(NetworkGenerators.Network, network =>
        {
            byte[] written = NetworkJson.Network.Write(network);
            var read = NetworkJson.Network.Read(written);
            Assert.True(read.Succeeded, string.Join("\n", read.Report.Problems));
            Assert.Equal(written, NetworkJson.Network.Write(read.Value!));
        });

    [Fact]
    public void GeneratedNetworks_ValidateAgainstTheSchema() =>
        Properties.ForAll(NetworkGenerators.Network.Select(n => NetworkJson.Network.WriteToString(n)), json =>
        {
            var results = NetworkSchemas.Evaluate(NetworkSchemas.Network, json);
            Assert.True(results.IsValid, NetworkSchemas.Describe(results));
        });

    [Fact]
    public void NationalNetwork_HasTheIssueSizes_AndIsValid()
    {
        NetworkDocument network = NetworkGenerators.NationalNetwork.Sample(1, 1)[0];

        Assert.Equal((3_000, 4_000, 3_000), (network.Structures.Count, network.Advisors.Count, network.Places.Count));
        Assert.InRange(network.Advisors.Count(a => a.Training is not null), 1_600, 2_400);
        Assert.InRange(network.Advisors.Average(a => a.Contracts.Count), 1.5, 2.5);
        Assert.Empty(Validate(network).Errors);
    }
}

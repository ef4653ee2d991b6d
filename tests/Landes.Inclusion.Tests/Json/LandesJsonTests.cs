using System.Text.Json;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Network;
using NodaTime;

namespace Landes.Inclusion.Tests.Json;

/// <summary>The composition root's JSON facade: the modules' contexts combined, with every convention.</summary>
public sealed class LandesJsonTests
{
    [Fact]
    public void CreateOptions_WriteALibraryDocument_AsItsFormatDoes()
    {
        NetworkReport report = new NetworkReporter().Build(LandesSample.Network, new LocalDate(2026, 11, 29));

        string viaOptions = JsonSerializer.Serialize(report, LandesJson.CreateOptions());

        // Enumerations of every module, the diagnostics' own included, keep their stable names.
        Assert.Contains("\"language\": \"french\"", viaOptions, StringComparison.Ordinal);
        Assert.Contains("\"severity\": \"", viaOptions, StringComparison.Ordinal);
        Assert.True(NetworkJson.Report.Read(System.Text.Encoding.UTF8.GetBytes(viaOptions)).Report.IsValid);
    }

    [Fact]
    public void TypeInfoResolver_KnowsTheDocumentsOfEveryModule() =>
        Assert.All(
            [typeof(NetworkDocument), typeof(Landes.Inclusion.Territory.PlacesDocument), typeof(Landes.Inclusion.Certification.CandidateRecord), typeof(Landes.Inclusion.Training.EnrolmentsDocument), typeof(Landes.Inclusion.Json.ValidationReportDocument)],
            t => Assert.NotNull(LandesJson.TypeInfoResolver.GetTypeInfo(t, LandesJson.CreateOptions())));
}

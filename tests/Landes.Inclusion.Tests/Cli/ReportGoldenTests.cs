using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Cli;

/// <summary>
/// The report on the embedded sample, as of a fixed day, compared with the committed golden outputs. When the report
/// changes on purpose, regenerate them with
/// <c>dotnet run --project src/Landes.Inclusion.Cli -- report --as-of 2026-11-29 --format markdown|text [--lang en] &gt; tests/Landes.Inclusion.Tests/Cli/Golden/report-landes-2026-11-29.fr.md</c> (<c>.txt</c> for text; redirected output is never wrapped)
/// and review the diff.
/// </summary>
public sealed class ReportGoldenTests
{
    [Theory]
    [InlineData("fr", "markdown", "md")]
    [InlineData("en", "markdown", "md")]
    [InlineData("fr", "text", "txt")]
    [InlineData("en", "text", "txt")]
    public void Report_MatchesTheGoldenOutput(string language, string format, string extension)
    {
        (int exit, string output, string error) = CliTests.Run("report", "--as-of", "2026-11-29", "--format", format, "--lang", language);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        string golden = RepositoryFiles.ReadAllText($"tests/Landes.Inclusion.Tests/Cli/Golden/report-landes-2026-11-29.{language}.{extension}");
        Assert.Equal(golden.ReplaceLineEndings("\n"), output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Report_Json_IsTheNetworkReportDocument()
    {
        (int exit, string output, _) = CliTests.Run("report", "--as-of", "2026-11-29", "--format", "json");

        Assert.Equal(0, exit);
        var report = Landes.Inclusion.Network.NetworkJson.Report.Read(output).GetValueOrThrow();
        Assert.Equal(34, report.Headcount.AdvisorsInPost);
    }

    [Fact]
    public void Report_InvalidNetworkFile_ExitsOneWithEveryProblem()
    {
        string file = Path.Combine(Path.GetTempPath(), $"network-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{"schemaVersion":"1.0","departement":"4O","name":"x","structures":[],"advisors":[{"id":"a"}]}""");
        try
        {
            (int exit, string output, string error) = CliTests.Run("report", file);

            Assert.Equal(1, exit);
            Assert.Empty(output);
            Assert.Contains("departement: LI-ID-020", error, StringComparison.Ordinal);
            Assert.Contains("advisors[0].name: LI-JSON-004", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Report_MissingFile_ExitsTwo()
    {
        (int exit, _, string error) = CliTests.Run("report", Path.Combine(Path.GetTempPath(), "does-not-exist.json"));

        Assert.Equal(2, exit);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}

public sealed class ValidateNetworkTests
{
    [Fact]
    public void Validate_TheEmbeddedSample_IsValid()
    {
        string file = Path.Combine(Path.GetTempPath(), $"network-{Guid.NewGuid():N}.json");
        using (Stream sample = Landes.Inclusion.Network.LandesSample.OpenJson())
        using (FileStream copy = File.Create(file))
        {
            sample.CopyTo(copy);
        }

        try
        {
            (int exit, string output, string error) = CliTests.Run("validate", file);

            Assert.Equal(0, exit);
            Assert.Empty(error);
            Assert.Contains("réseau de conseillers numériques (JSON)", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Validate_ANetworkWithContractProblems_ListsThemAndExitsOne()
    {
        string file = Path.Combine(Path.GetTempPath(), $"network-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            {"schemaVersion":"1.0","departement":"40","name":"Réseau","structures":[{"id":"s1","siret":"22400001800016","name":"Département","sector":"public","commune":"40192"}],
             "advisors":[{"id":"a1","name":{"given":"Camille","family":"Lafitte"},"recruitedOn":"2021-09-01",
               "contracts":[{"kind":"cdi","structureId":"s1","start":"2021-09-01","end":"2023-08-31"},{"kind":"cdd","structureId":"s9","start":"2023-09-01"}]}]}
            """);
        try
        {
            (int exit, string output, _) = CliTests.Run("validate", file, "--lang", "en");

            Assert.Equal(1, exit);
            Assert.Contains("LI-NET-010", output, StringComparison.Ordinal);
            Assert.Contains("LI-NET-011", output, StringComparison.Ordinal);
            Assert.Contains("LI-NET-002", output, StringComparison.Ordinal);
            Assert.Contains("advisors[0].contracts[1].structureId", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}

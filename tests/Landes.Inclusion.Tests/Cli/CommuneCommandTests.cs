using System.Text.Json;

namespace Landes.Inclusion.Tests.Cli;

public sealed class CommuneCommandTests
{
    [Fact]
    public void Commune_FormerCode_SaysWhereItIsTodayWithTheSources()
    {
        (int exit, string output, _) = CliTests.Run("commune", "93059", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Contains("93059 Pierrefitte-sur-Seine — commune-deleguee of 93066 Saint-Denis (since COG 2025)", output, StringComparison.Ordinal);
        Assert.Contains("last COG in which it was a commune: 2024", output, StringComparison.Ordinal);
        Assert.Contains("@etalab/decoupage-administratif 6.0.0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Commune_ArrondissementNameAsJson_GivesTheCodeAndItsCommune()
    {
        (int exit, string output, _) = CliTests.Run("commune", "Paris 15e", "--format", "json");

        Assert.Equal(0, exit);
        using JsonDocument document = JsonDocument.Parse(output);
        JsonElement result = Assert.Single(document.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("75115", result.GetProperty("code").GetString());
        Assert.Equal("arrondissement-municipal", result.GetProperty("status").GetString());
        Assert.Equal("75056", result.GetProperty("commune").GetString());
        Assert.Equal("Paris", result.GetProperty("communeName").GetString());
        Assert.Equal(6, document.RootElement.GetProperty("sources").GetArrayLength());
    }

    [Theory]
    [InlineData("40999")]
    [InlineData("Nulle-Part-sur-Rien")]
    public void Commune_Unknown_ExitsOne(string query)
    {
        (int exit, string output, _) = CliTests.Run("commune", query);

        Assert.Equal(1, exit);
        Assert.Contains(query, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Commune_AmbiguousCode_ListsTheCandidatesAndIsNotConverted()
    {
        (int exit, string output, _) = CliTests.Run("commune", "55273", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Contains("55245", output, StringComparison.Ordinal);
        Assert.Contains("55386", output, StringComparison.Ordinal);
        Assert.Contains("not converted", output, StringComparison.Ordinal);
    }
}

using System.Xml.Linq;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Cli;

public sealed class CoverageCommandTests
{
    private static string FranceServices => SharedData.PathOf("landes-france-services-20240801.csv");

    [Fact]
    public void Coverage_FranceServicesCsv_PrintsTheTables()
    {
        (int exit, string output, string error) = CliTests.Run("coverage", "--places", FranceServices);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("Couverture : Landes (40) — 20 lieux", output, StringComparison.Ordinal);
        Assert.Contains("Population à moins de… (à vol d'oiseau)", output, StringComparison.Ordinal);
        Assert.Matches(@"│ 20 km\s+│\s+\d+ │\s+[\d\u202F]+ │\s+\d+,\d %", output);
        Assert.Contains("Par EPCI (couvert : à moins de 10 km)", output, StringComparison.Ordinal);
        Assert.Contains("CA du Grand Dax", output, StringComparison.Ordinal);
        Assert.Contains("Les plus grands manques", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_SameFileAsJsonOrCsv_GivesTheSameTables()
    {
        using var folder = new TempFolder();
        string json = folder.File("fs.json");
        Assert.Equal(0, CliTests.Run("import", FranceServices, "--from", "france-services", "--to", json).Exit);

        string fromCsv = CliTests.Run("coverage", "--places", FranceServices).Output;
        string fromJson = CliTests.Run("coverage", "--places", json).Output;

        Assert.Equal(fromCsv.Replace(FranceServices, "F", StringComparison.Ordinal), fromJson.Replace(json, "F", StringComparison.Ordinal));
    }

    [Fact]
    public void Coverage_Svg_DrawsEveryCommuneOfTheLandesByItsShape()
    {
        using var folder = new TempFolder();
        string svg = folder.File("carte.svg");

        (int exit, string output, _) = CliTests.Run("coverage", "--places", FranceServices, "--svg", svg, "--suggest", "2");

        Assert.Equal(0, exit);
        Assert.Contains("Carte SVG écrite", output, StringComparison.Ordinal);
        XDocument document = XDocument.Load(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var communes = document.Descendants().Where(c => c.Attribute("data-insee") is not null).ToList();
        Assert.Equal(Geography.France.GetDepartement(DepartementCode.Landes).Communes.Count, communes.Count);
        Assert.Equal(327, communes.Select(c => c.Attribute("data-insee")!.Value).Distinct().Count());
        Assert.All(communes, c => Assert.Equal(ns + "path", c.Name)); // every Landes commune has a shape: no circle
        Assert.All(communes, c => Assert.False(string.IsNullOrWhiteSpace(c.Element(ns + "title")?.Value)));
        Assert.Contains(communes, c => c.Element(ns + "title")!.Value.StartsWith("Mont-de-Marsan (40192) : ", StringComparison.Ordinal));
        Assert.Equal(5, document.Descendants(ns + "g").Count(g => (string?)g.Attribute("class") == "gaps"));
        Assert.Equal(2, document.Descendants(ns + "g").Count(g => (string?)g.Attribute("class") == "suggestions"));
        Assert.Contains(document.Descendants(ns + "text"), t => t.Value == "Mont-de-Marsan");
        Assert.True(new FileInfo(svg).Length < 300_000, $"{new FileInfo(svg).Length} bytes");
    }

    [Fact]
    public void Coverage_Svg_IsDeterministic()
    {
        using var folder = new TempFolder();
        string first = folder.File("a.svg"), second = folder.File("b.svg");

        CliTests.Run("coverage", "--as-of", "2026-11-29", "--svg", first, "--lang", "en");
        CliTests.Run("coverage", "--as-of", "2026-11-29", "--svg", second, "--lang", "en");

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.DoesNotMatch(@"<title>[^<]*\d,\d(?!\d\d)[^<]*</title>", File.ReadAllText(first));
    }

    [Fact]
    public void CommuneShapes_HaveEveryArrondissementOfParisLyonAndMarseille_AndFallBackToNone()
    {
        string[] arrondissements = [.. Enumerable.Range(75101, 20).Concat(Enumerable.Range(69381, 9)).Concat(Enumerable.Range(13201, 16)).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))];

        Assert.All(arrondissements, code => Assert.True(Landes.Inclusion.Cli.Rendering.CommuneShapes.TryGet(code, out var rings) && rings.Count > 0, code));
        Assert.True(Landes.Inclusion.Cli.Rendering.CommuneShapes.TryGet("40192", out var montDeMarsan));
        Assert.All(montDeMarsan.SelectMany(r => r), p => Assert.InRange(p.Latitude, 43.8, 44.0));
        Assert.False(Landes.Inclusion.Cli.Rendering.CommuneShapes.TryGet("40999", out _));
        Assert.False(Landes.Inclusion.Cli.Rendering.CommuneShapes.TryGet("98735", out _));
    }

    [Fact]
    public void Coverage_FormatJson_WritesACoverageResult()
    {
        (int exit, string output, _) = CliTests.Run("coverage", "--places", FranceServices, "--format", "json", "--thresholds", "5,10");

        Assert.Equal(0, exit);
        CoverageResult result = TerritoryJson.CoverageResult.Read(output).GetValueOrThrow();
        Assert.Equal([5.0, 10.0], result.ThresholdsKm);
        Assert.Equal("40", result.TerritoryCode);
        Assert.Equal(327, result.Communes.Count);
    }

    [Fact]
    public void Coverage_Suggest_ListsTheSuggestedPlaces()
    {
        (int exit, string output, _) = CliTests.Run("coverage", "--places", FranceServices, "--suggest", "2", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Contains("2 suggested places (greedy, population covered within 10 km)", output, StringComparison.Ordinal);
        Assert.Matches(@"│\s+1 │ [^│]+│ 40\d{3}\s+│\s+[\d,]+ │\s+\d+\.\d% │", output);
        Assert.Matches(@"│\s+2 │ [^│]+│ 40\d{3}\s+│", output);
    }

    [Fact]
    public void Coverage_NoArgument_AnalysesTheEmbeddedLandesSample()
    {
        (int exit, string output, string error) = CliTests.Run("coverage");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("Couverture : Landes (40) — 39 lieux (lieux de l'exemple embarqué du réseau des Landes)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_NoPlacesForAnotherDepartement_SaysWhyAndStillAnalyses()
    {
        (int exit, string output, string error) = CliTests.Run("coverage", "--departement", "64");

        Assert.Equal(0, exit);
        Assert.Contains("--places", error, StringComparison.Ordinal);
        Assert.Contains("Couverture : Pyrénées-Atlantiques (64) — 0 lieux (aucun lieu fourni)", output, StringComparison.Ordinal);
        Assert.Contains("│ 20 km    │        0 │          0 │ 0,0 % │", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_NetworkDocument_UsesItsPlaces()
    {
        string file = Path.Combine(Path.GetTempPath(), $"network-{Guid.NewGuid():N}.json");
        using (Stream sample = Landes.Inclusion.Network.LandesSample.OpenJson())
        using (FileStream copy = File.Create(file))
        {
            sample.CopyTo(copy);
        }

        try
        {
            (int exit, string output, _) = CliTests.Run("coverage", file, "--format", "json");

            Assert.Equal(0, exit);
            Assert.Equal(327, TerritoryJson.CoverageResult.Read(output).GetValueOrThrow().Communes.Count);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Coverage_OtherDepartement_AnalysesIt()
    {
        (int exit, string output, _) = CliTests.Run("coverage", "--places", SharedData.PathOf("france-services-20240801.csv"), "--departement", "64", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal("64", TerritoryJson.CoverageResult.Read(output).GetValueOrThrow().TerritoryCode);
    }

    [Theory]
    [InlineData("--thresholds", "5,x")]
    [InlineData("--thresholds", "-5")]
    [InlineData("--departement", "999")]
    [InlineData("--suggest", "0")]
    [InlineData("--format", "xml")]
    public void Coverage_BadOption_IsAUsageError(string option, string value)
    {
        (int exit, string output, string error) = CliTests.Run("coverage", "--places", FranceServices, option, value);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.True(error.Contains(option, StringComparison.Ordinal) || error.Contains(value, StringComparison.Ordinal), error);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_UnreadableOrForeignPlaces_AreExitTwoAndInvalidPlacesExitOne()
    {
        using var folder = new TempFolder();
        string foreign = folder.Write("autre.csv", "a,b\n1,2\n");
        string invalid = folder.Write("lieux.json", """{"schemaVersion":"1.0","places":[{"id":"a","name":"A","commune":"40192"}]}""");

        Assert.Equal(2, CliTests.Run("coverage", "--places", folder.File("absent.json")).Exit);
        Assert.Equal(2, CliTests.Run("coverage", "--places", foreign).Exit);
        (int exit, _, string error) = CliTests.Run("coverage", "--places", invalid);
        Assert.Equal(1, exit);
        Assert.Contains("places[0].kind", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_Help_GivesExamples() =>
        Assert.Contains("landes-inclusion coverage --places lieux.json", CliTests.Run("coverage", "--help").Output, StringComparison.Ordinal);

    [Fact]
    public void Coverage_France_AnalysesEveryCommune()
    {
        (int exit, string output, _) = CliTests.Run("coverage", "--france", "--places", SharedData.PathOf("france-services-20240801.csv"), "--format", "json");

        Assert.Equal(0, exit);
        CoverageResult result = TerritoryJson.CoverageResult.Read(output).GetValueOrThrow();
        Assert.Equal(TerritoryKind.Communes, result.TerritoryKind);
        // Every commune, with Paris, Lyon and Marseille by their 45 arrondissements: 34,969 − 3 + 45 units.
        Assert.Equal(35_011, result.Communes.Count);
        Assert.Equal(Geography.France.Communes.Sum(c => (long)(c.Population ?? 0)), result.Population + result.PopulationWithoutCoordinates);
    }

    [Fact]
    public void Coverage_France_TextNamesTheCountry()
    {
        (int exit, string output, _) = CliTests.Run("coverage", "--france", "--places", SharedData.PathOf("france-services-20240801.csv"), "--suggest", "2");

        Assert.Equal(0, exit);
        Assert.StartsWith("Couverture : France — 2\u202F845 lieux", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_SuggestAsJson_CarriesTheSuggestionsAndValidatesAgainstTheSchema()
    {
        (int exit, string output, _) = CliTests.Run("coverage", "--suggest", "3", "--format", "json");

        Assert.Equal(0, exit);
        CoverageResult result = TerritoryJson.CoverageResult.Read(output).GetValueOrThrow();
        PlacementSuggestion suggestions = Assert.IsType<PlacementSuggestion>(result.Suggestions);
        Assert.Equal([1, 2, 3], suggestions.Places.Select(p => p.Rank));
        Assert.True(suggestions.Places.Zip(suggestions.Places.Skip(1)).All(p => p.First.CoveredPopulation <= p.Second.CoveredPopulation));
        // A registry of its own: the schema is also loaded, under the same $id, by the territory tests.
        var schema = global::Json.Schema.JsonSchema.FromText(RepositoryFiles.ReadAllText("docs/schemas/coverage-result.schema.json"), new global::Json.Schema.BuildOptions { SchemaRegistry = new global::Json.Schema.SchemaRegistry() });
        Assert.True(schema.Evaluate(System.Text.Json.JsonDocument.Parse(output).RootElement).IsValid);
    }
}

public sealed class CoverageEpciTests
{
    [Theory]
    [InlineData(new[] { "--thresholds", "5,10" }, "Par EPCI (couvert : à moins de 5 km)")]
    [InlineData(new[] { "--thresholds", "5,10", "--epci-threshold", "7.5" }, "Par EPCI (couvert : à moins de 7,5 km)")]
    [InlineData(new string[0], "Par EPCI (couvert : à moins de 10 km)")]
    public void Coverage_EpciTable_UsesTheThresholdTheUserChose(string[] options, string heading)
    {
        (int exit, string output, _) = CliTests.Run(["coverage", "--as-of", "2026-11-29", .. options]);

        Assert.Equal(0, exit);
        Assert.Contains(heading, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_EmbeddedNetwork_GivesAdvisorsPer10000InhabitantsFromItsAssignments()
    {
        (int exit, string output, _) = CliTests.Run("coverage", "--as-of", "2026-11-29", "--format", "json");

        Assert.Equal(0, exit);
        CoverageResult result = TerritoryJson.CoverageResult.Read(output).GetValueOrThrow();
        Assert.All(result.Epcis, e => Assert.NotNull(e.AdvisorsPer10000Inhabitants));
        var network = Landes.Inclusion.Network.LandesSample.Network;
        var day = new NodaTime.LocalDate(2026, 11, 29);
        int inPostAssigned = network.Advisors.Count(a => a.IsInPostOn(day) && a.Assignments.Any(x => x.Covers(day)));
        Assert.True(inPostAssigned > 0);
        Assert.Equal(network.PlacesStaffedOn(day).Sum(p => p.Advisors ?? 0), result.Epcis.Sum(e => e.Advisors ?? 0));
    }

    [Fact]
    public void PlacesStaffedOn_CountsOnlyAdvisorsInPostWithAnAssignmentThatDay()
    {
        var network = Landes.Inclusion.Network.LandesSample.Network;
        var day = new NodaTime.LocalDate(2026, 11, 29);

        IReadOnlyList<Place> staffed = network.PlacesStaffedOn(day);

        Assert.Equal(network.Places.Select(p => p.Id), staffed.Select(p => p.Id));
        foreach (Place place in staffed)
        {
            int expected = network.Advisors.Count(a => a.IsInPostOn(day) && a.Assignments.Any(x => x.PlaceId == place.Id && x.Covers(day)));
            Assert.Equal(expected, place.Advisors);
        }

        Assert.NotEqual(staffed.Sum(p => p.Advisors ?? 0), network.PlacesStaffedOn(new NodaTime.LocalDate(2021, 1, 1)).Sum(p => p.Advisors ?? 0));
    }
}

using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Territory;

namespace Landes.Inclusion.Tests.Territory;

public sealed class ArrondissementCoverageTests
{
    private static readonly CoverageAnalyzer Analyzer = new();
    private static readonly Geography France = Geography.France;

    [Theory]
    [InlineData("75", 20, 0)]
    [InlineData("69", 9, 265)]
    [InlineData("13", 16, 118)]
    public void Analyze_ParisLyonMarseille_ByArrondissementWithUnchangedTotals(string departement, int arrondissements, int otherCommunes)
    {
        DepartementGeography geography = France.GetDepartement(DepartementCode.Parse(departement));
        var place = new Place { Id = "p", Name = "Lieu", Commune = InseeCode.Parse(departement == "75" ? "75115" : geography.Communes[0].Code.ToString()), Kind = PlaceKind.Other };

        CoverageResult result = Analyzer.Analyze(TerritorySelection.OfDepartement(geography.Code), [place]);

        Assert.Equal(geography.Population, result.Population + result.PopulationWithoutCoordinates);
        Assert.Equal(arrondissements, result.Communes.Count(c => France.TryGetUnit(c.Code, out Commune? u) && u.Kind == TerritoryUnitKind.ArrondissementMunicipal));
        Assert.Equal(otherCommunes, result.Communes.Count - arrondissements);
        Assert.DoesNotContain(result.Communes, c => c.Code.ToString() is "75056" or "69123" or "13055");
        Assert.All(result.Communes, c => Assert.NotNull(c.Population));
        Assert.Equal(result.Communes.Sum(c => (long)c.Population!.Value), geography.Population);
        Assert.Equal(result.Epcis.Sum(e => e.Population), result.Population);
    }

    [Fact]
    public void Analyze_Paris_OnePlaceInThe15e_CoversOnlyPartOfTheCity()
    {
        var place = new Place { Id = "p", Name = "Lieu", Commune = InseeCode.Parse("75115"), Kind = PlaceKind.Other };

        CoverageResult result = Analyzer.Analyze(TerritorySelection.OfDepartement(DepartementCode.Parse("75")), [place], new CoverageOptions { ThresholdsKm = [1], CoverageRadiusKm = 1 });

        CommuneCoverage fifteenth = Assert.Single(result.Communes, c => c.Code.ToString() == "75115");
        Assert.Equal(0, fifteenth.DistanceKm);
        Assert.Equal(229_713, fifteenth.Population);
        Assert.True(result.Thresholds[0].Population < result.Population / 4, "one place does not cover Paris within 1 km");
        Assert.Equal(["p"], result.ApproximatePlaceIds);
    }

    [Fact]
    public void Analyze_CommuneListWithAnArrondissementOrTheCity_UsesArrondissements()
    {
        CoverageResult one = Analyzer.Analyze(TerritorySelection.OfCommunes([InseeCode.Parse("69388")]), []);
        CoverageResult lyon = Analyzer.Analyze(TerritorySelection.OfCommunes([InseeCode.Parse("69123"), InseeCode.Parse("69388")]), []);

        Assert.Equal(["69388"], one.Communes.Select(c => c.Code.ToString()));
        Assert.Equal(9, lyon.Communes.Count);
        Assert.True(France.TryGetCommune(InseeCode.Parse("69123"), out Commune? city));
        Assert.Equal((long)city.Population!.Value, lyon.Population);
    }

    [Fact]
    public void Suggest_InParis_CandidatesAreArrondissements()
    {
        PlacementSuggestion suggestion = Analyzer.Suggest(TerritorySelection.OfDepartement(DepartementCode.Parse("75")), [], 2, options: new CoverageOptions { ThresholdsKm = [1], CoverageRadiusKm = 1 });

        Assert.Equal(2, suggestion.Places.Count);
        Assert.All(suggestion.Places, s => Assert.StartsWith("751", s.Commune.ToString(), StringComparison.Ordinal));
    }
}

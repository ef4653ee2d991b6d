using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Territory;

public sealed class SuggestionTests
{
    private static readonly CoverageAnalyzer Analyzer = new();

    [Fact]
    public void Suggest_EqualsTheNaiveGreedyOracle() =>
        Properties.ForAll(CoverageAnalyzerTests.Scenario, s =>
        {
            PlacementSuggestion suggestion = Analyzer.Suggest(s.Territory, s.Places, 5);

            Assert.Equal(NaiveGreedy(s.Territory, s.Places, 5, suggestion.CoverageRadiusKm), suggestion.Places.Select(p => p.Commune));
        });

    [Fact]
    public void Suggest_GainsNeverGrow_AndTheCoveredPopulationAddsUp() =>
        Properties.ForAll(CoverageAnalyzerTests.Scenario, s =>
        {
            PlacementSuggestion suggestion = Analyzer.Suggest(s.Territory, s.Places, 8);

            long covered = suggestion.CoveredBefore;
            long previousGain = long.MaxValue;
            foreach (SuggestedPlace place in suggestion.Places)
            {
                Assert.True(place.AddedPopulation > 0 && place.AddedPopulation <= previousGain);
                covered += place.AddedPopulation;
                Assert.Equal(covered, place.CoveredPopulation);
                Assert.InRange(place.CoveredShare, 0, 1);
                previousGain = place.AddedPopulation;
            }

            Assert.True(covered <= suggestion.Population);
        });

    [Fact]
    public void Suggest_TheLandesWithoutPlaces_StartsWithTheMostPopulousArea()
    {
        PlacementSuggestion suggestion = Analyzer.Suggest(TerritorySelection.Landes, [], 10);

        Assert.Equal(10, suggestion.Places.Count);
        Assert.Equal(0, suggestion.CoveredBefore);
        Assert.Equal(433_570, suggestion.Population);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], suggestion.Places.Select(p => p.Rank));
        Assert.True(suggestion.Places[^1].CoveredShare > 0.5, "ten places within 10 km should reach most of the Landes");

        // Applying the suggestions as places reproduces the covered population at the radius.
        Place[] added = [.. suggestion.Places.Select(p => new Place { Id = p.Commune.ToString(), Name = p.Name, Commune = p.Commune, Kind = PlaceKind.Other })];
        CoverageResult after = Analyzer.Analyze(TerritorySelection.Landes, added, new CoverageOptions { ThresholdsKm = [suggestion.CoverageRadiusKm] });
        Assert.Equal(suggestion.Places[^1].CoveredPopulation, after.Thresholds[0].Population);
    }

    [Fact]
    public void Suggest_RestrictedCandidates_AreTheOnlyOnesChosen()
    {
        InseeCode[] candidates = [InseeCode.Parse("40088"), InseeCode.Parse("40192")];

        PlacementSuggestion suggestion = Analyzer.Suggest(TerritorySelection.Landes, [], 5, candidates);

        Assert.Equal(2, suggestion.Places.Count);
        Assert.All(suggestion.Places, p => Assert.Contains(p.Commune, candidates));
    }

    [Fact]
    public void Suggest_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Analyzer.Suggest(TerritorySelection.Landes, [], -1));

    // The textbook greedy: recompute every candidate's gain at every step; ties go to the lowest code.
    private static List<InseeCode> NaiveGreedy(TerritorySelection territory, IReadOnlyList<Place> places, int count, double radius)
    {
        Assert.True(territory.TryResolve(Geography.France, out IReadOnlyList<Commune>? communes, out _));
        Commune[] targets = [.. communes.Where(c => c.Centroid is not null)];
        GeoPoint[] existing = [.. places.Select(p => p.Coordinates ?? (Geography.France.TryGetCommune(p.Commune, out Commune? c) ? c.Centroid : null))
            .Where(p => p is not null).Select(p => p!.Value)];
        var covered = targets.Select(t => existing.Any(p => p.DistanceKm(t.Centroid!.Value) <= radius)).ToArray();
        Commune[] candidates = [.. targets.OrderBy(c => c.Code)];
        var chosen = new List<InseeCode>();
        while (chosen.Count < count)
        {
            long bestGain = 0;
            int best = -1;
            for (int c = 0; c < candidates.Length; c++)
            {
                long gain = 0;
                for (int t = 0; t < targets.Length; t++)
                {
                    if (!covered[t] && candidates[c].Centroid!.Value.DistanceKm(targets[t].Centroid!.Value) <= radius)
                    {
                        gain += targets[t].Population ?? 0;
                    }
                }

                if (gain > bestGain)
                {
                    bestGain = gain;
                    best = c;
                }
            }

            if (best < 0)
            {
                break;
            }

            chosen.Add(candidates[best].Code);
            for (int t = 0; t < targets.Length; t++)
            {
                covered[t] |= candidates[best].Centroid!.Value.DistanceKm(targets[t].Centroid!.Value) <= radius;
            }
        }

        return chosen;
    }
}

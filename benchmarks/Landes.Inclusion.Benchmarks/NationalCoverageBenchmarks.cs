using BenchmarkDotNet.Attributes;
using Landes.Inclusion.Territory;

namespace Landes.Inclusion.Benchmarks;

/// <summary>
/// Coverage at national scale: every French commune with a centroid against 20,000 places, and ten greedy suggestions
/// over France, each beside a brute-force baseline in the same run. Budgets (issue 15): analysis ≤ 100 ms, ten
/// suggestions ≤ 2 s.
/// </summary>
/// <remarks>
/// The baselines do less than the library (no EPCI table, no gaps, no result object), so their ratio to the library
/// understates what the spatial index and the lazy greedy save.
/// </remarks>
[MemoryDiagnoser]
public class NationalCoverageBenchmarks
{
    private const int PlaceCount = 20_000;
    private const int Suggestions = 10;
    private static readonly double[] Thresholds = [5, 10, 15, 20];

    private readonly CoverageAnalyzer _analyzer = new();
    private readonly TerritorySelection _france = TerritorySelection.OfCommunes(Geography.France.Communes.Select(c => c.Code));
    private Place[] _places = [];
    private Commune[] _targets = [];
    private GeoPoint[] _placePoints = [];

    /// <summary>Loads the geography and spreads 20,000 places over communes drawn with a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Geography.France.LoadAll();
        _targets = [.. Geography.France.Communes.Where(c => c.Centroid is not null)];
        var random = new Random(20_000);
        _places = [.. _targets.OrderBy(_ => random.Next()).ThenBy(c => c.Code).Take(PlaceCount)
            .Select(c => new Place
            {
                Id = c.Code.ToString(),
                Name = c.Name,
                Commune = c.Code,
                Kind = PlaceKind.FranceServices,
                Latitude = c.Centroid!.Value.Latitude + 0.009,
                Longitude = c.Centroid!.Value.Longitude,
                Advisors = 1,
            })];
        _placePoints = [.. _places.Select(p => new GeoPoint(p.Latitude!.Value, p.Longitude!.Value))];
    }

    /// <summary>The library's analysis of France (every commune) against 20,000 places.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public CoverageResult AnalyzeFrance() => _analyzer.Analyze(_france, _places);

    /// <summary>The baseline: each commune's nearest place by a scan of every place, then the population per threshold.</summary>
    /// <returns>The population within each threshold.</returns>
    [Benchmark(Baseline = true)]
    public long[] AnalyzeFranceBruteForce()
    {
        var within = new long[Thresholds.Length];
        foreach (Commune commune in _targets)
        {
            double km = BruteForceNearest.Nearest(_placePoints, commune.Centroid!.Value).DistanceKm;
            for (int t = 0; t < Thresholds.Length; t++)
            {
                if (km <= Thresholds[t])
                {
                    within[t] += commune.Population ?? 0;
                }
            }
        }

        return within;
    }

    /// <summary>Ten suggestions over France (every commune a candidate) on top of the 20,000 places.</summary>
    /// <returns>The suggestion.</returns>
    [Benchmark]
    public PlacementSuggestion SuggestTenFrance() => _analyzer.Suggest(_france, _places, Suggestions);

    /// <summary>
    /// The baseline: each candidate's covered communes found by comparing it with every commune (unit vectors, no
    /// index), then a plain greedy that recomputes every candidate's gain at each round (no lazy evaluation).
    /// </summary>
    /// <returns>The chosen candidates' indexes.</returns>
    [Benchmark]
    public int[] SuggestTenFranceBruteForce()
    {
        double radiusKm = CoverageOptions.Default.CoverageRadiusKm;
        double minDot = Math.Cos(radiusKm / GeoPoint.EarthRadiusKm);
        int n = _targets.Length;
        var x = new double[n];
        var y = new double[n];
        var z = new double[n];
        for (int i = 0; i < n; i++)
        {
            (x[i], y[i], z[i]) = Unit(_targets[i].Centroid!.Value);
        }

        var covered = new bool[n];
        for (int i = 0; i < n; i++)
        {
            covered[i] = BruteForceNearest.Nearest(_placePoints, _targets[i].Centroid!.Value).DistanceKm <= radiusKm;
        }

        var reach = new List<int>[n];
        for (int c = 0; c < n; c++)
        {
            reach[c] = [];
            for (int t = 0; t < n; t++)
            {
                if ((x[c] * x[t]) + (y[c] * y[t]) + (z[c] * z[t]) >= minDot)
                {
                    reach[c].Add(t);
                }
            }
        }

        var chosen = new int[Suggestions];
        for (int round = 0; round < Suggestions; round++)
        {
            long bestGain = -1;
            for (int c = 0; c < n; c++)
            {
                long gain = 0;
                foreach (int t in reach[c])
                {
                    gain += covered[t] ? 0 : _targets[t].Population ?? 0;
                }

                if (gain > bestGain)
                {
                    bestGain = gain;
                    chosen[round] = c;
                }
            }

            foreach (int t in reach[chosen[round]])
            {
                covered[t] = true;
            }
        }

        return chosen;
    }

    private static (double X, double Y, double Z) Unit(GeoPoint point)
    {
        double phi = point.Latitude * Math.PI / 180, lambda = point.Longitude * Math.PI / 180;
        return (Math.Cos(phi) * Math.Cos(lambda), Math.Cos(phi) * Math.Sin(lambda), Math.Sin(phi));
    }
}

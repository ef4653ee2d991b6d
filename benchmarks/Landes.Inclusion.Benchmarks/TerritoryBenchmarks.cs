using BenchmarkDotNet.Attributes;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Territory;

namespace Landes.Inclusion.Benchmarks;

/// <summary>Inputs of the territory benchmarks, built from the embedded geography only (no file outside the repository).</summary>
internal static class TerritoryInputs
{
    /// <summary>Every commune of France with a centroid (about 34,870).</summary>
    public static GeoPoint[] NationalCommunePoints() =>
        [.. Geography.France.Communes.Where(c => c.Centroid is not null).Select(c => c.Centroid!.Value)];

    /// <summary>
    /// About as many places as France Services sites (2,900): one in each of the 2,900 most populous communes, 1 km
    /// north of the centroid so that no query hits a place exactly.
    /// </summary>
    public static Place[] NationalPlaces() =>
        [.. Geography.France.Communes.Where(c => c.Centroid is not null)
            .OrderByDescending(c => c.Population).ThenBy(c => c.Code).Take(2_900)
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

    /// <summary>The places of <see cref="NationalPlaces"/> in the Landes and its neighbours (Gironde, Lot-et-Garonne, Gers, Pyrénées-Atlantiques).</summary>
    public static Place[] LandesAreaPlaces()
    {
        HashSet<string> area = ["40", "33", "47", "32", "64"];
        return [.. NationalPlaces().Where(p => area.Contains(p.Commune.Departement.ToString()))];
    }
}

/// <summary>
/// Nearest place for every commune of France with a centroid against about 2,900 places. Budget (issue 5): ≤ 10 ms on
/// one core, index build included, and at least 50× faster than the brute-force scan of the same run.
/// </summary>
[MemoryDiagnoser]
public class NearestPlaceBenchmarks
{
    private GeoPoint[] _communes = [];
    private GeoPoint[] _places = [];

    /// <summary>Builds the inputs from the embedded geography.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _communes = TerritoryInputs.NationalCommunePoints();
        _places = [.. TerritoryInputs.NationalPlaces().Select(p => p.Coordinates!.Value)];
    }

    /// <summary>The baseline: a haversine scan of every place for every commune.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true)]
    public double BruteForce()
    {
        double sum = 0;
        foreach (GeoPoint commune in _communes)
        {
            sum += BruteForceNearest.Nearest(_places, commune).DistanceKm;
        }

        return sum;
    }

    /// <summary>Builds the index, then queries it for every commune in code order, each query starting from the previous answer (as the analyzer does).</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public double Indexed()
    {
        var index = new SpatialIndex(_places);
        double sum = 0;
        int hint = -1;
        foreach (GeoPoint commune in _communes)
        {
            NearestPoint nearest = index.Nearest(commune, hint);
            hint = nearest.Index;
            sum += nearest.DistanceKm;
        }

        return sum;
    }

    /// <summary>The same without the starting hint.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public double IndexedWithoutHint()
    {
        var index = new SpatialIndex(_places);
        double sum = 0;
        foreach (GeoPoint commune in _communes)
        {
            sum += index.Nearest(commune).DistanceKm;
        }

        return sum;
    }
}

/// <summary>
/// Coverage analysis and suggestions. Budgets (issue 5): full coverage analysis of the Landes ≤ 1 ms; greedy suggestion
/// of 10 places ≤ 20 ms for the Landes and ≤ 2 s for France.
/// </summary>
[MemoryDiagnoser]
public class CoverageBenchmarks
{
    private readonly CoverageAnalyzer _analyzer = new();
    private readonly TerritorySelection _france = TerritorySelection.OfCommunes(Geography.France.Communes.Select(c => c.Code));
    private Place[] _landesPlaces = [];
    private Place[] _nationalPlaces = [];

    /// <summary>Builds the inputs from the embedded geography and loads it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Geography.France.LoadAll();
        _landesPlaces = TerritoryInputs.LandesAreaPlaces();
        _nationalPlaces = TerritoryInputs.NationalPlaces();
    }

    /// <summary>The Landes (327 communes) against the places of the Landes and its neighbours, travel time estimated.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public CoverageResult AnalyzeLandes() =>
        _analyzer.Analyze(TerritorySelection.Landes, _landesPlaces, new CoverageOptions { TravelTimeEstimate = new TravelTimeEstimateModel() });

    /// <summary>Ten suggestions for the Landes, on top of its places.</summary>
    /// <returns>The suggestion.</returns>
    [Benchmark]
    public PlacementSuggestion SuggestTenLandes() => _analyzer.Suggest(TerritorySelection.Landes, _landesPlaces, 10);

    /// <summary>Ten suggestions for France (every commune a candidate), on top of the national places.</summary>
    /// <returns>The suggestion.</returns>
    [Benchmark]
    public PlacementSuggestion SuggestTenFrance() => _analyzer.Suggest(_france, _nationalPlaces, 10);
}

/// <summary>
/// Loading the embedded geography from the assembly's resource. Budget (issue 5): the whole country ≤ 50 ms and
/// ≤ 30 MB; one département is shown for comparison.
/// </summary>
[MemoryDiagnoser]
public class GeographyLoadBenchmarks
{
    /// <summary>Reads the resource and decompresses every département.</summary>
    /// <returns>The geography.</returns>
    [Benchmark(Baseline = true)]
    public Geography LoadFrance()
    {
        Geography geography = Geography.Load(Resource());
        geography.LoadAll();
        return geography;
    }

    /// <summary>
    /// Reads the geography and decompresses every département, then reads the COG history 2021–2026 and builds the 45
    /// arrondissements municipaux (issue 11: the budget covers all three).
    /// </summary>
    /// <returns>The number of units, to keep the work observable.</returns>
    [Benchmark]
    public int LoadFranceWithHistory()
    {
        Geography geography = Geography.Load(Resource());
        geography.LoadAll();
        CodeHistory history = CodeHistory.Load(Resource("Landes.Inclusion.Territory.Data.france-history.bin"));
        return history.Count + geography.Arrondissements.Count;
    }

    /// <summary>Reads the resource and decompresses the Landes only.</summary>
    /// <returns>The Landes.</returns>
    [Benchmark]
    public DepartementGeography LoadLandes() => Geography.Load(Resource()).GetDepartement(DepartementCode.Landes);

    private static byte[] Resource(string name = "Landes.Inclusion.Territory.Data.france-geography.bin")
    {
        using Stream stream = typeof(Geography).Assembly.GetManifestResourceStream(name)!;
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return data;
    }
}

/// <summary>
/// Resolving commune codes given as text (issue 11): allocation-free and ≥ 10 M resolutions per second, that is
/// ≤ 100 ns each. The codes mix current communes, arrondissements, déléguées, absorbed and unknown codes.
/// </summary>
[MemoryDiagnoser]
public class CodeResolutionBenchmarks
{
    private const int Count = 1_000;
    private char[] _codes = [];

    /// <summary>Builds 1,000 codes: every tenth history entry, and some that no vintage knows.</summary>
    [GlobalSetup]
    public void Setup()
    {
        CodeHistory history = CodeHistory.France;
        var codes = new List<string>(Count);
        for (int i = 0; codes.Count < Count; i += 37)
        {
            codes.Add(i % 10 == 9 ? "40999" : history.CodeAt(i % history.Count).ToString());
        }

        _codes = string.Concat(codes).ToCharArray();
        _ = Geography.France.Resolve(_codes.AsSpan(0, 5));
    }

    /// <summary>Resolves the 1,000 codes from a span of characters.</summary>
    /// <returns>How many were resolved.</returns>
    [Benchmark(OperationsPerInvoke = Count)]
    public int ResolveFromSpan()
    {
        Geography geography = Geography.France;
        ReadOnlySpan<char> codes = _codes;
        int resolved = 0;
        for (int i = 0; i < Count; i++)
        {
            if (geography.Resolve(codes.Slice(5 * i, 5)).IsResolved)
            {
                resolved++;
            }
        }

        return resolved;
    }
}

using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;

namespace Landes.Inclusion.Territory;

/// <summary>
/// Computes the coverage of a territory by places: the nearest place of each commune, the population within each
/// threshold, the EPCI, the gaps; compares what-if scenarios; suggests where new places would cover most people.
/// Definitions and limits: <c>docs/territory.md</c>.
/// </summary>
/// <remarks>
/// <para>Nearest places come from a k-d tree (the internal <c>SpatialIndex</c>) built once per analysis over every located place,
/// inside or outside the territory (a border commune is served by its neighbours' places too).</para>
/// <para>Stateless apart from its geography: create once, reuse, share between threads.</para>
/// </remarks>
public sealed class CoverageAnalyzer
{
    /// <summary>Initializes an analyzer over the embedded geography of France.</summary>
    public CoverageAnalyzer()
        : this(Geography.France)
    {
    }

    /// <summary>Initializes an analyzer over a geography.</summary>
    /// <param name="geography">The geography.</param>
    /// <exception cref="ArgumentNullException"><paramref name="geography"/> is null.</exception>
    public CoverageAnalyzer(Geography geography)
        : this(geography, CoverageOptions.Default)
    {
    }

    /// <summary>Initializes an analyzer over a geography, with the options used when a call passes none.</summary>
    /// <param name="geography">The geography.</param>
    /// <param name="defaultOptions">The options used when a call passes null (for example the host's configured
    /// defaults, as <c>AddLandesInclusion</c> does).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="defaultOptions"/> are out of range.</exception>
    public CoverageAnalyzer(Geography geography, CoverageOptions defaultOptions)
    {
        ArgumentNullException.ThrowIfNull(geography);
        ArgumentNullException.ThrowIfNull(defaultOptions);
        defaultOptions.Check();
        Geography = geography;
        DefaultOptions = defaultOptions;
    }

    /// <summary>Gets the geography the analyzer works on.</summary>
    public Geography Geography { get; }

    /// <summary>Gets the options used when a call passes none (<see cref="CoverageOptions.Default"/> unless the
    /// analyzer was built with others).</summary>
    public CoverageOptions DefaultOptions { get; }

    /// <summary>Analyses the coverage of a territory by places.</summary>
    /// <param name="territory">The territory.</param>
    /// <param name="places">The places (validate them first with <see cref="PlaceValidator"/>; places that cannot be located are reported and left out).</param>
    /// <param name="options">The options, or null for <see cref="DefaultOptions"/>.</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="territory"/> or <paramref name="places"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    /// <exception cref="ProblemException">The territory names a code the geography does not know, or is empty (check first with <see cref="TerritorySelection.TryResolve"/>).</exception>
    public CoverageResult Analyze(TerritorySelection territory, IEnumerable<Place> places, CoverageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(territory);
        ArgumentNullException.ThrowIfNull(places);
        IReadOnlyList<Commune> communes = Prepare(territory, ref options);
        return Analyze(territory, communes, Locate(places), options);
    }

    /// <summary>
    /// Compares the coverage of a territory before and after adding and removing places.
    /// </summary>
    /// <param name="territory">The territory.</param>
    /// <param name="places">The current places.</param>
    /// <param name="added">The places to add.</param>
    /// <param name="removedIds">The ids of the places to remove (unknown ids are ignored).</param>
    /// <param name="options">The options, or null for <see cref="DefaultOptions"/>.</param>
    /// <returns>Both analyses.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    /// <exception cref="ProblemException">The territory names a code the geography does not know, or is empty.</exception>
    public CoverageComparison WhatIf(TerritorySelection territory, IEnumerable<Place> places, IEnumerable<Place> added, IEnumerable<string> removedIds, CoverageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(territory);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(removedIds);
        IReadOnlyList<Commune> communes = Prepare(territory, ref options);
        Place[] before = [.. places];
        var removed = new HashSet<string>(removedIds, StringComparer.Ordinal);
        Place[] after = [.. before.Where(p => !removed.Contains(p.Id)), .. added];
        return new CoverageComparison
        {
            Before = Analyze(territory, communes, Locate(before), options),
            After = Analyze(territory, communes, Locate(after), options),
        };
    }

    /// <summary>
    /// Suggests, among candidate communes, the next places that add the most population within the coverage radius:
    /// greedy maximum coverage. The greedy choice covers at least (1 − 1/e) ≈ 63 % of what the best possible set of
    /// the same size would cover (Nemhauser, Wolsey and Fisher, 1978); see <c>docs/territory.md</c> for its limits.
    /// </summary>
    /// <param name="territory">The territory whose population counts.</param>
    /// <param name="places">The current places.</param>
    /// <param name="count">How many places to suggest (the result may be shorter when no candidate adds anyone).</param>
    /// <param name="candidates">The candidate communes (a new place stands at the centroid), or null for every commune of the territory with a centroid.</param>
    /// <param name="options">The options (the coverage radius is used), or null for <see cref="DefaultOptions"/>.</param>
    /// <returns>The suggestions, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="territory"/> or <paramref name="places"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    /// <exception cref="ProblemException">The territory or a candidate names a code the geography does not know.</exception>
    public PlacementSuggestion Suggest(TerritorySelection territory, IEnumerable<Place> places, int count, IEnumerable<InseeCode>? candidates = null, CoverageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(territory);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        IReadOnlyList<Commune> communes = Prepare(territory, ref options);
        IReadOnlyList<Commune> candidateCommunes = candidates is null
            ? communes
            : Resolve(TerritorySelection.OfCommunes(candidates));
        return GreedyCoverage.Suggest(communes, Locate(places), candidateCommunes, count, options.CoverageRadiusKm);
    }

    // The options (default when null, checked) and the territory's communes: what every entry point starts with.
    private IReadOnlyList<Commune> Prepare(TerritorySelection territory, [System.Diagnostics.CodeAnalysis.NotNull] ref CoverageOptions? options)
    {
        options ??= DefaultOptions;
        options.Check();
        return Resolve(territory);
    }

    // The units of the territory: its communes, with Paris, Lyon and Marseille analysed by arrondissement municipal
    // (their populations sum exactly to the commune's: totals are unchanged).
    private IReadOnlyList<Commune> Resolve(TerritorySelection territory) =>
        territory.TryResolve(Geography, out IReadOnlyList<Commune>? communes, out ValidationReport report)
            ? Geography.ToUnits(communes)
            : throw new ProblemException(report);

    internal LocatedPlaces Locate(IEnumerable<Place> places)
    {
        var located = new List<Place>();
        var points = new List<GeoPoint>();
        var approximate = new List<string>();
        var unlocated = new List<string>();
        foreach (Place place in places)
        {
            if (place.Coordinates is { } point)
            {
                located.Add(place);
                points.Add(point);
            }
            else if (place.Latitude is null && place.Longitude is null
                && Geography.TryLocate(place.Commune, out Commune? commune) && commune.Centroid is { } centroid)
            {
                located.Add(place);
                points.Add(centroid);
                approximate.Add(place.Id);
            }
            else
            {
                unlocated.Add(place.Id);
            }
        }

        return new LocatedPlaces(located, points, new SpatialIndex(points), approximate, unlocated);
    }

    private CoverageResult Analyze(TerritorySelection territory, IReadOnlyList<Commune> communes, LocatedPlaces places, CoverageOptions options)
    {
        double[] thresholds = [.. options.ThresholdsKm.Distinct().Order()];
        double radius = options.CoverageRadiusKm;
        var rows = new CommuneCoverage[communes.Count];
        var thresholdCommunes = new int[thresholds.Length];
        var thresholdPopulation = new long[thresholds.Length];
        var epcis = new SortedDictionary<EpciId, (long Population, long Covered)>();
        var gaps = new List<CoverageGap>();
        long population = 0, withoutCoordinates = 0;
        int hint = -1;
        for (int i = 0; i < communes.Count; i++)
        {
            Commune commune = communes[i];
            int inhabitants = commune.Population ?? 0;
            if (commune.Centroid is not { } centroid)
            {
                withoutCoordinates += inhabitants;
                rows[i] = new CommuneCoverage { Code = commune.Code, Name = commune.Name, Population = commune.Population, Epci = commune.Epci, HasCoordinates = false };
                continue;
            }

            population += inhabitants;
            NearestPoint nearest = places.Index.Nearest(centroid, hint);
            bool found = nearest.Index >= 0;
            hint = nearest.Index;
            double distance = Math.Round(nearest.DistanceKm, 3);
            rows[i] = new CommuneCoverage
            {
                Code = commune.Code,
                Name = commune.Name,
                Population = commune.Population,
                Epci = commune.Epci,
                HasCoordinates = true,
                NearestPlaceId = found ? places.Places[nearest.Index].Id : null,
                DistanceKm = found ? distance : null,
                EstimatedTravelMinutes = found && options.TravelTimeEstimate is { } model ? Math.Round(model.EstimateMinutes(nearest.DistanceKm), 1) : null,
            };
            for (int t = 0; t < thresholds.Length; t++)
            {
                if (found && nearest.DistanceKm <= thresholds[t])
                {
                    thresholdCommunes[t]++;
                    thresholdPopulation[t] += inhabitants;
                }
            }

            bool covered = found && nearest.DistanceKm <= radius;
            if (commune.Epci is { } epci)
            {
                epcis.TryGetValue(epci, out (long Population, long Covered) sum);
                epcis[epci] = (sum.Population + inhabitants, sum.Covered + (covered ? inhabitants : 0));
            }

            if (found && !covered)
            {
                double excess = Math.Round(nearest.DistanceKm - radius, 3);
                gaps.Add(new CoverageGap
                {
                    Code = commune.Code,
                    Name = commune.Name,
                    Population = inhabitants,
                    DistanceKm = distance,
                    ExcessKm = excess,
                    Score = Math.Round(inhabitants * (nearest.DistanceKm - radius), 1),
                });
            }
        }

        return new CoverageResult
        {
            Vintage = Geography.Vintage,
            TerritoryKind = territory.Kind,
            TerritoryCode = territory.Code,
            ThresholdsKm = thresholds,
            CoverageRadiusKm = radius,
            TravelTimeEstimate = options.TravelTimeEstimate,
            Population = population,
            PopulationWithoutCoordinates = withoutCoordinates,
            Communes = rows,
            Thresholds = [.. thresholds.Select((t, k) => new ThresholdCoverage
            {
                ThresholdKm = t,
                Communes = thresholdCommunes[k],
                Population = thresholdPopulation[k],
                Share = Share(thresholdPopulation[k], population),
            })],
            Epcis = EpciRows(epcis, places),
            Gaps = [.. gaps.OrderByDescending(g => g.Score).ThenBy(g => g.Code)],
            ApproximatePlaceIds = places.Approximate,
            UnlocatedPlaceIds = places.Unlocated,
        };
    }

    // The places and advisors of every EPCI are counted in one pass over the places (a pass per EPCI made a national
    // analysis quadratic: 1,250 EPCI × 20,000 places).
    private EpciCoverage[] EpciRows(SortedDictionary<EpciId, (long Population, long Covered)> epcis, LocatedPlaces places)
    {
        var staffing = new Dictionary<EpciId, (int Places, int? Advisors)>();
        foreach (Place place in places.Places)
        {
            if (Geography.TryLocate(place.Commune, out Commune? commune) && commune.Epci is { } epci && epcis.ContainsKey(epci))
            {
                staffing.TryGetValue(epci, out (int Places, int? Advisors) sum);
                staffing[epci] = (sum.Places + 1, place.Advisors is { } a ? (sum.Advisors ?? 0) + a : sum.Advisors);
            }
        }

        return [.. epcis.Select(e =>
        {
            staffing.TryGetValue(e.Key, out (int Places, int? Advisors) staffed);
            return EpciRow(e.Key, e.Value.Population, e.Value.Covered, staffed.Places, staffed.Advisors);
        })];
    }

    private EpciCoverage EpciRow(EpciId id, long population, long covered, int places, int? advisors) => new()
    {
        Id = id,
        Name = Geography.TryGetEpci(id, out Epci? epci) ? epci.Name : id.ToString(),
        Population = population,
        Places = places,
        Advisors = advisors,
        AdvisorsPer10000Inhabitants = advisors is { } n && population > 0 ? Math.Round(n * 10_000d / population, 3) : null,
        CoveredShare = Share(covered, population),
    };

    private static double Share(long part, long whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 6);

    internal sealed record LocatedPlaces(IReadOnlyList<Place> Places, IReadOnlyList<GeoPoint> Points, SpatialIndex Index, IReadOnlyList<string> Approximate, IReadOnlyList<string> Unlocated);
}

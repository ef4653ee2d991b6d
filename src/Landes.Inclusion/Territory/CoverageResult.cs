using Landes.Inclusion.Identifiers;

namespace Landes.Inclusion.Territory;

/// <summary>
/// The coverage of a territory by a set of places, as a JSON document (schema:
/// <c>docs/schemas/coverage-result.schema.json</c>). Definitions: <c>docs/territory.md</c>.
/// </summary>
/// <remarks>
/// <para>Distances are great-circle (crow-fly) distances from the commune's centroid to the nearest place, rounded
/// to the metre. Communes without a centroid are listed with no distance and left out of every population share;
/// <see cref="PopulationWithoutCoordinates"/> says how many inhabitants that leaves aside.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class CoverageResult
{
    /// <summary>The schema version this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Gets the schema version of the document.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the vintage of the geography used.</summary>
    public required GeographyVintage Vintage { get; init; }

    /// <summary>Gets how the territory was given.</summary>
    public required TerritoryKind TerritoryKind { get; init; }

    /// <summary>Gets the département code or EPCI SIREN; the empty string for a list of communes.</summary>
    public required string TerritoryCode { get; init; }

    /// <summary>Gets the distance thresholds in km, ascending.</summary>
    public required IReadOnlyList<double> ThresholdsKm { get; init; }

    /// <summary>Gets the coverage radius in km.</summary>
    public required double CoverageRadiusKm { get; init; }

    /// <summary>Gets the travel-time estimate model used, or null when no travel time was estimated.</summary>
    public TravelTimeEstimateModel? TravelTimeEstimate { get; init; }

    /// <summary>Gets the population of the territory's communes that have a centroid (the denominator of every share).</summary>
    public required long Population { get; init; }

    /// <summary>Gets the population of the territory's communes without a centroid, left out of every share.</summary>
    public required long PopulationWithoutCoordinates { get; init; }

    /// <summary>Gets every commune of the territory, ordered by code.</summary>
    public required IReadOnlyList<CommuneCoverage> Communes { get; init; }

    /// <summary>Gets the population within each threshold, in the order of <see cref="ThresholdsKm"/>.</summary>
    public required IReadOnlyList<ThresholdCoverage> Thresholds { get; init; }

    /// <summary>Gets the coverage of each EPCI with members in the territory, ordered by SIREN.</summary>
    public required IReadOnlyList<EpciCoverage> Epcis { get; init; }

    /// <summary>Gets the communes beyond the coverage radius, worst gap first.</summary>
    public required IReadOnlyList<CoverageGap> Gaps { get; init; }

    /// <summary>Gets the ids of the places located at their commune's centroid because they have no coordinates.</summary>
    public required IReadOnlyList<string> ApproximatePlaceIds { get; init; }

    /// <summary>Gets the ids of the places that could not be located (no coordinates, commune unknown or without centroid): they were left out.</summary>
    public required IReadOnlyList<string> UnlocatedPlaceIds { get; init; }

    /// <summary>Gets the places suggested by <see cref="CoverageAnalyzer.Suggest"/> when they were asked for with the analysis; otherwise null.</summary>
    public PlacementSuggestion? Suggestions { get; init; }

    /// <summary>Returns the same result carrying suggestions.</summary>
    /// <param name="suggestions">The suggestions, or null for none.</param>
    /// <returns>A copy of this result with <see cref="Suggestions"/> set.</returns>
    public CoverageResult WithSuggestions(PlacementSuggestion? suggestions) => new()
    {
        SchemaVersion = SchemaVersion,
        Vintage = Vintage,
        TerritoryKind = TerritoryKind,
        TerritoryCode = TerritoryCode,
        ThresholdsKm = ThresholdsKm,
        CoverageRadiusKm = CoverageRadiusKm,
        TravelTimeEstimate = TravelTimeEstimate,
        Population = Population,
        PopulationWithoutCoordinates = PopulationWithoutCoordinates,
        Communes = Communes,
        Thresholds = Thresholds,
        Epcis = Epcis,
        Gaps = Gaps,
        ApproximatePlaceIds = ApproximatePlaceIds,
        UnlocatedPlaceIds = UnlocatedPlaceIds,
        Suggestions = suggestions,
    };

    /// <summary>
    /// The distance within which a threshold asked for matches an analysed one (1 m): thresholds are compared as
    /// distances, not as floating-point numbers, so <c>0.1 + 0.2</c> km finds the threshold analysed as <c>0.3</c> km.
    /// </summary>
    public const double ThresholdToleranceKm = 0.001;

    /// <summary>Finds the coverage at an analysed threshold.</summary>
    /// <param name="thresholdKm">A distance in km; it matches the analysed threshold within
    /// <see cref="ThresholdToleranceKm"/> of it.</param>
    /// <returns>The coverage at that threshold, or null when no analysed threshold is that close.</returns>
    public ThresholdCoverage? FindThreshold(double thresholdKm)
    {
        ThresholdCoverage? closest = null;
        foreach (ThresholdCoverage threshold in Thresholds)
        {
            double gap = Math.Abs(threshold.ThresholdKm - thresholdKm);
            if (gap <= ThresholdToleranceKm && (closest is null || gap < Math.Abs(closest.ThresholdKm - thresholdKm)))
            {
                closest = threshold;
            }
        }

        return closest;
    }

    /// <summary>Gets the share of the population within an analysed threshold.</summary>
    /// <param name="thresholdKm">A distance in km, matched as in <see cref="FindThreshold"/>.</param>
    /// <param name="share">The share in [0, 1] when found; otherwise 0.</param>
    /// <returns><see langword="true"/> when the threshold was analysed.</returns>
    public bool TryGetShareWithin(double thresholdKm, out double share)
    {
        ThresholdCoverage? threshold = FindThreshold(thresholdKm);
        share = threshold?.Share ?? 0;
        return threshold is not null;
    }
}

using Landes.Inclusion.Identifiers;

namespace Landes.Inclusion.Territory;

/// <summary>Suggested new places, best first, from <see cref="CoverageAnalyzer.Suggest"/>.</summary>
public sealed class PlacementSuggestion
{
    /// <summary>Gets the coverage radius in km: a commune is covered when its centroid is within it of a place.</summary>
    public required double CoverageRadiusKm { get; init; }

    /// <summary>Gets the population of the territory's communes that have a centroid.</summary>
    public required long Population { get; init; }

    /// <summary>Gets the population covered by the current places.</summary>
    public required long CoveredBefore { get; init; }

    /// <summary>Gets the suggested places in the order chosen.</summary>
    public required IReadOnlyList<SuggestedPlace> Places { get; init; }
}

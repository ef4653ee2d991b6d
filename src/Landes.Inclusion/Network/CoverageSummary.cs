using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Network;

/// <summary>The coverage of the département by the network's places (crow-fly distance: a proxy, not travel time).</summary>
public sealed class CoverageSummary
{
    /// <summary>Gets the population of the territory (INSEE, population municipale).</summary>
    public required long Population { get; init; }

    /// <summary>Gets the number of communes.</summary>
    public required int Communes { get; init; }

    /// <summary>Gets the number of places used.</summary>
    public required int Places { get; init; }

    /// <summary>Gets the population and its share within each distance threshold.</summary>
    public required IReadOnlyList<Territory.ThresholdCoverage> Thresholds { get; init; }

    /// <summary>Gets the largest gaps (population × distance beyond the coverage radius).</summary>
    public required IReadOnlyList<Territory.CoverageGap> LargestGaps { get; init; }

    /// <summary>Gets the data vintage (COG year, population year).</summary>
    public required Territory.GeographyVintage Vintage { get; init; }
}

using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;

namespace Landes.Inclusion.Territory;

/// <summary>The coverage of a territory before and after a change of places.</summary>
public sealed class CoverageComparison
{
    /// <summary>Gets the coverage with the current places.</summary>
    public required CoverageResult Before { get; init; }

    /// <summary>Gets the coverage with places added and removed.</summary>
    public required CoverageResult After { get; init; }

    /// <summary>Gets the change of covered population at each threshold (after − before), in the order of the thresholds.</summary>
    public IReadOnlyList<long> PopulationChangeByThreshold =>
        [.. Before.Thresholds.Zip(After.Thresholds, (b, a) => a.Population - b.Population)];
}

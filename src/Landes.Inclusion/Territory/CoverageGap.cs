using Landes.Inclusion.Identifiers;

namespace Landes.Inclusion.Territory;

/// <summary>A commune beyond the coverage radius, with its gap score.</summary>
public sealed class CoverageGap
{
    /// <summary>Gets the commune's code.</summary>
    public required InseeCode Code { get; init; }

    /// <summary>Gets the commune's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the commune's population.</summary>
    public required int Population { get; init; }

    /// <summary>Gets the distance to the nearest place in km.</summary>
    public required double DistanceKm { get; init; }

    /// <summary>Gets how far beyond the coverage radius the commune is, in km.</summary>
    public required double ExcessKm { get; init; }

    /// <summary>Gets the gap score: population × excess distance, in inhabitant-kilometres.</summary>
    public required double Score { get; init; }
}

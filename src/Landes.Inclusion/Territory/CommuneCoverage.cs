using Landes.Inclusion.Identifiers;

namespace Landes.Inclusion.Territory;

/// <summary>The coverage of one commune.</summary>
public sealed class CommuneCoverage
{
    /// <summary>Gets the commune's code.</summary>
    public required InseeCode Code { get; init; }

    /// <summary>Gets the commune's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the commune's population, or null where none is published.</summary>
    public int? Population { get; init; }

    /// <summary>Gets the commune's EPCI, or null.</summary>
    public EpciId? Epci { get; init; }

    /// <summary>Gets a value indicating whether the commune has a centroid; without one it has no distance and is left out of the shares.</summary>
    public required bool HasCoordinates { get; init; }

    /// <summary>Gets the id of the nearest place, or null (no centroid, or no place could be located).</summary>
    public string? NearestPlaceId { get; init; }

    /// <summary>Gets the great-circle distance to the nearest place in km (rounded to the metre), or null.</summary>
    public double? DistanceKm { get; init; }

    /// <summary>Gets the <em>estimated</em> travel time to the nearest place in minutes (see <see cref="TravelTimeEstimateModel"/>), or null when not asked for.</summary>
    public double? EstimatedTravelMinutes { get; init; }
}

using System.Text.Json.Serialization;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Schedules;

namespace Landes.Inclusion.Territory;

/// <summary>
/// A place where advisors work or the public is received. It may lie outside the analysed territory: a border
/// commune is served by its neighbours' places too.
/// </summary>
/// <remarks>
/// <para>Coordinates are optional: without them the place stands at its commune's centroid, and analyses flag it as
/// approximate. A place whose commune has no centroid either cannot be located and is reported, never guessed.</para>
/// <para>Immutable and thread-safe. Validate with <see cref="PlaceValidator"/> (or read a
/// <see cref="PlacesDocument"/>, which does).</para>
/// </remarks>
public sealed class Place
{
    /// <summary>Gets the place's id, unique within a list of places.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the place's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the commune the place is in (a code of the geography's COG year).</summary>
    public required InseeCode Commune { get; init; }

    /// <summary>Gets what the place is.</summary>
    public required PlaceKind Kind { get; init; }

    /// <summary>Gets the latitude in WGS 84 decimal degrees, or null to use the commune's centroid.</summary>
    public double? Latitude { get; init; }

    /// <summary>Gets the longitude in WGS 84 decimal degrees, or null to use the commune's centroid.</summary>
    public double? Longitude { get; init; }

    /// <summary>Gets a value indicating whether the service is itinerant (a bus, rotating permanences): the location is then its base.</summary>
    public bool Itinerant { get; init; }

    /// <summary>Gets the number of advisors working there, or null when unknown.</summary>
    public int? Advisors { get; init; }

    /// <summary>Gets the weekly opening hours, or null when unknown.</summary>
    public WeeklySchedule? OpeningHours { get; init; }

    /// <summary>Gets the coordinates when both are given and in range; otherwise null.</summary>
    [JsonIgnore]
    public GeoPoint? Coordinates =>
        Latitude is { } lat && Longitude is { } lon && GeoPoint.TryCreate(lat, lon, out GeoPoint point) ? point : null;

    /// <summary>Returns <c>id name</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} {Name}";
}

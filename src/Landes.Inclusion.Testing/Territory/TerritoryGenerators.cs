using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Schedules;
using Landes.Inclusion.Testing.Schedules;
using Landes.Inclusion.Territory;

namespace Landes.Inclusion.Testing.Territory;

/// <summary>
/// FsCheck generators of the territory module, drawn from the embedded geography: points inside a département,
/// valid places (with or without coordinates), lists of places with unique ids, territories, and places with exactly
/// one known defect with the code it must produce.
/// </summary>
/// <remarks>
/// A point "inside" a département is drawn around one of its communes' centroids, at most a third of the radius of a
/// disc of the commune's surface away: inside the commune for any reasonably compact shape, and always well within
/// <see cref="PlaceValidator"/>'s "far from centroid" limit.
/// </remarks>
public static class TerritoryGenerators
{
    // Declared first: static initializers run in textual order and the generators below use them.
    private static readonly Commune[] LandesCommunes =
        [.. Geography.France.GetDepartement(Landes.Inclusion.Identifiers.DepartementCode.Landes).Communes.Where(c => c.Centroid is not null)];

    private static Gen<PlaceKind> PlaceKind { get; } = Gen.Elements(Enum.GetValues<PlaceKind>());

    /// <summary>Gets a generator of points inside the Landes.</summary>
    public static Gen<GeoPoint> LandesPoint { get; } = PointNear(LandesCommunes);

    /// <summary>Gets a generator of valid places in the Landes, a fifth of them without coordinates (located at their commune's centroid).</summary>
    public static Gen<Place> Place { get; } = PlaceIn(LandesCommunes);

    /// <summary>Gets a generator of lists of 0 to 40 valid Landes places with unique ids.</summary>
    public static Gen<IReadOnlyList<Place>> Places { get; } =
        Gen.Choose(0, 40).SelectMany(n => Place.ListOf(n)).Select(WithUniqueIds);

    /// <summary>Gets a generator of territories: the Landes, one of its EPCI (one straddles the Gers), or a list of its communes.</summary>
    public static Gen<TerritorySelection> Territory { get; } = Gen.OneOf(
        Gen.Constant(TerritorySelection.Landes),
        Gen.Elements([.. Geography.France.GetDepartement(Landes.Inclusion.Identifiers.DepartementCode.Landes).EpciIds]).Select(TerritorySelection.OfEpci),
        Gen.Choose(1, 30).SelectMany(n => Gen.Elements(LandesCommunes).ListOf(n))
            .Select(list => TerritorySelection.OfCommunes(list.Select(c => c.Code))));

    /// <summary>Gets a generator of places with exactly one defect, with the problem code a validator must report.</summary>
    public static Gen<(Place Place, string ExpectedCode)> DefectivePlace { get; } = Place.SelectMany(place => Gen.Elements<(Place, string)>(
        (With(place, id: " "), TerritoryProblemCodes.PlaceIdEmpty),
        (With(place, name: string.Empty), TerritoryProblemCodes.PlaceNameEmpty),
        (With(place, latitude: 91.5, longitude: place.Longitude ?? 0), TerritoryProblemCodes.LatitudeRange),
        (With(place, latitude: place.Latitude ?? 44, longitude: -181), TerritoryProblemCodes.LongitudeRange),
        (With(place, latitude: 44, longitude: null), TerritoryProblemCodes.CoordinatesIncomplete),
        (With(place, commune: InseeCode.Parse("40999")), TerritoryProblemCodes.UnknownCommune),
        (With(place, advisors: -1), TerritoryProblemCodes.AdvisorsNegative)));

    /// <summary>Gets a generator of points inside a département of the embedded geography.</summary>
    /// <param name="departement">The département.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="KeyNotFoundException">The geography has no such département.</exception>
    /// <exception cref="ArgumentException">No commune of the département has a centroid.</exception>
    public static Gen<GeoPoint> PointIn(DepartementCode departement)
    {
        Commune[] communes = [.. Geography.France.GetDepartement(departement).Communes.Where(c => c.Centroid is not null)];
        return communes.Length == 0
            ? throw new ArgumentException("No commune of this département has a centroid.", nameof(departement))
            : PointNear(communes);
    }

    /// <summary>Gets a generator of valid places in a département of the embedded geography.</summary>
    /// <param name="departement">The département.</param>
    /// <returns>The generator.</returns>
    public static Gen<Place> PlaceIn(DepartementCode departement) =>
        PlaceIn([.. Geography.France.GetDepartement(departement).Communes.Where(c => c.Centroid is not null)]);

    private static Gen<GeoPoint> PointNear(Commune[] communes) =>
        from commune in Gen.Elements(communes)
        from point in Around(commune)
        select point;

    private static Gen<GeoPoint> Around(Commune commune)
    {
        GeoPoint centre = commune.Centroid!.Value;
        double maxKm = Math.Sqrt((commune.SurfaceKm2 ?? 1) / Math.PI) / 3;
        return from bearing in Gen.Choose(0, 359)
               from tenths in Gen.Choose(0, 1000)
               select Offset(centre, maxKm * tenths / 1000, bearing);
    }

    private static GeoPoint Offset(GeoPoint centre, double km, int bearingDegrees)
    {
        double bearing = bearingDegrees * Math.PI / 180;
        double dLat = km * Math.Cos(bearing) / 111.195;
        double dLon = km * Math.Sin(bearing) / (111.195 * Math.Cos(centre.Latitude * Math.PI / 180));
        return new GeoPoint(Math.Round(centre.Latitude + dLat, 6), Math.Round(centre.Longitude + dLon, 6));
    }

    private static Gen<Place> PlaceIn(Commune[] communes) =>
        from commune in Gen.Elements(communes)
        from point in Around(commune)
        from located in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from number in Gen.Choose(1, 99_999)
        from kind in PlaceKind
        from itinerant in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from advisors in Gen.Choose(-1, 4)
        from hours in Gen.Frequency((1, Gen.Constant<WeeklySchedule?>(null)), (1, ScheduleGenerators.WeeklySchedule.Select(s => (WeeklySchedule?)s)))
        select new Place
        {
            Id = $"place-{number}",
            Name = $"Lieu {number} à {commune.Name}",
            Commune = commune.Code,
            Kind = kind,
            Latitude = located ? point.Latitude : null,
            Longitude = located ? point.Longitude : null,
            Itinerant = itinerant,
            Advisors = advisors < 0 ? null : advisors,
            OpeningHours = hours,
        };

    private static IReadOnlyList<Place> WithUniqueIds(IReadOnlyList<Place> places) =>
        [.. places.Select((p, i) => With(p, id: $"place-{i + 1}"))];

    private static Place With(Place place, string? id = null, string? name = null, InseeCode? commune = null, double? latitude = double.NaN, double? longitude = double.NaN, int? advisors = 0) => new()
    {
        Id = id ?? place.Id,
        Name = name ?? place.Name,
        Commune = commune ?? place.Commune,
        Kind = place.Kind,
        Latitude = latitude is double lat && double.IsNaN(lat) ? place.Latitude : latitude,
        Longitude = longitude is double lon && double.IsNaN(lon) ? place.Longitude : longitude,
        Itinerant = place.Itinerant,
        Advisors = advisors == 0 ? place.Advisors : advisors,
        OpeningHours = place.OpeningHours,
    };
}

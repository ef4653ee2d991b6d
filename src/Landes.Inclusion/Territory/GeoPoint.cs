using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Landes.Inclusion.Territory;

/// <summary>
/// A point on the Earth in WGS 84 decimal degrees: latitude in [−90, 90], longitude in [−180, 180].
/// </summary>
/// <remarks>
/// <para>Distances are great-circle distances on a sphere of radius <see cref="EarthRadiusKm"/> (haversine formula):
/// a crow-fly distance, never a road distance. The spherical model differs from the WGS 84 ellipsoid by at most about
/// 0.5 %.</para>
/// <para>The value is immutable and thread-safe. <c>default</c> is the point (0, 0), a valid point in the Gulf of
/// Guinea: use nullable points for "no coordinates", never <c>default</c>.</para>
/// </remarks>
public readonly struct GeoPoint : IEquatable<GeoPoint>
{
    /// <summary>The mean Earth radius used for distances, in kilometres (IUGG mean radius).</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Initializes a point.</summary>
    /// <param name="latitude">The latitude in decimal degrees, in [−90, 90].</param>
    /// <param name="longitude">The longitude in decimal degrees, in [−180, 180].</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is out of range or not a number.</exception>
    public GeoPoint(double latitude, double longitude)
    {
        if (!IsLatitude(latitude))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "A latitude lies in [-90, 90].");
        }

        if (!IsLongitude(longitude))
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "A longitude lies in [-180, 180].");
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Gets the latitude in decimal degrees.</summary>
    public double Latitude { get; }

    /// <summary>Gets the longitude in decimal degrees.</summary>
    public double Longitude { get; }

    /// <summary>Tries to create a point; never throws.</summary>
    /// <param name="latitude">The latitude in decimal degrees.</param>
    /// <param name="longitude">The longitude in decimal degrees.</param>
    /// <param name="point">The point when both coordinates are in range.</param>
    /// <returns><see langword="true"/> when both coordinates are in range.</returns>
    public static bool TryCreate(double latitude, double longitude, out GeoPoint point)
    {
        point = default;
        if (!IsLatitude(latitude) || !IsLongitude(longitude))
        {
            return false;
        }

        point = new GeoPoint(latitude, longitude);
        return true;
    }

    /// <summary>Gets a value indicating whether a number is a latitude (finite, in [−90, 90]).</summary>
    /// <param name="latitude">The number.</param>
    /// <returns><see langword="true"/> when it is a latitude.</returns>
    public static bool IsLatitude(double latitude) => latitude is >= -90 and <= 90;

    /// <summary>Gets a value indicating whether a number is a longitude (finite, in [−180, 180]).</summary>
    /// <param name="longitude">The number.</param>
    /// <returns><see langword="true"/> when it is a longitude.</returns>
    public static bool IsLongitude(double longitude) => longitude is >= -180 and <= 180;

    /// <summary>Computes the great-circle (crow-fly) distance to another point with the haversine formula.</summary>
    /// <param name="other">The other point.</param>
    /// <returns>The distance in kilometres.</returns>
    public double DistanceKm(GeoPoint other) => Haversine.DistanceKm(Latitude, Longitude, other.Latitude, other.Longitude);

    /// <inheritdoc />
    public bool Equals(GeoPoint other) => Latitude.Equals(other.Latitude) && Longitude.Equals(other.Longitude);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is GeoPoint other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Latitude, Longitude);

    /// <summary>Returns the point as <c>latitude,longitude</c> in invariant culture, such as <c>43.89,-0.5</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Latitude:R},{Longitude:R}");

    /// <summary>Compares two points for equality.</summary>
    /// <param name="left">The first point.</param>
    /// <param name="right">The second point.</param>
    /// <returns><see langword="true"/> when both coordinates are equal.</returns>
    public static bool operator ==(GeoPoint left, GeoPoint right) => left.Equals(right);

    /// <summary>Compares two points for inequality.</summary>
    /// <param name="left">The first point.</param>
    /// <param name="right">The second point.</param>
    /// <returns><see langword="true"/> when a coordinate differs.</returns>
    public static bool operator !=(GeoPoint left, GeoPoint right) => !left.Equals(right);
}

/// <summary>The haversine formula, shared by points and the spatial index.</summary>
internal static class Haversine
{
    private const double DegreesToRadians = Math.PI / 180;

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2) =>
        DistanceKm(lat1 * DegreesToRadians, lon1, Math.Cos(lat1 * DegreesToRadians), lat2 * DegreesToRadians, lon2, Math.Cos(lat2 * DegreesToRadians));

    /// <summary>The haversine with the latitudes in radians and their cosines already known (the spatial index caches them).</summary>
    public static double DistanceKm(double phi1, double lon1, double cosPhi1, double phi2, double lon2, double cosPhi2)
    {
        double sinHalfDPhi = Math.Sin((phi2 - phi1) / 2);
        double sinHalfDLambda = Math.Sin((lon2 - lon1) * DegreesToRadians / 2);
        double h = (sinHalfDPhi * sinHalfDPhi) + (cosPhi1 * cosPhi2 * sinHalfDLambda * sinHalfDLambda);
        return 2 * GeoPoint.EarthRadiusKm * Math.Asin(Math.Sqrt(Math.Min(1, h)));
    }

    /// <summary>The unit vector of a point: Euclidean (chord) order between unit vectors is great-circle order.</summary>
    public static (double X, double Y, double Z) ToUnitVector(double latitude, double longitude)
    {
        (double sinPhi, double cosPhi) = Math.SinCos(latitude * DegreesToRadians);
        (double sinLambda, double cosLambda) = Math.SinCos(longitude * DegreesToRadians);
        return (cosPhi * cosLambda, cosPhi * sinLambda, sinPhi);
    }

    public static double ToRadians(double degrees) => degrees * DegreesToRadians;

    /// <summary>The great-circle distance in km of a squared chord between unit vectors.</summary>
    public static double ChordSquaredToKm(double chordSquared) =>
        2 * GeoPoint.EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(chordSquared) / 2));

    /// <summary>The squared chord between unit vectors of a great-circle distance in km.</summary>
    public static double KmToChordSquared(double km)
    {
        double chord = 2 * Math.Sin(Math.Min(Math.PI, km / GeoPoint.EarthRadiusKm) / 2);
        return chord * chord;
    }
}

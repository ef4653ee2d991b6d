using System.Globalization;

namespace Landes.Inclusion.Territory;

/// <summary>
/// How a travel time is <em>estimated</em> from a crow-fly distance: distance × detour factor ÷ average speed. This is
/// an estimate, never a travel time: it knows no road, no relief, no ferry, no traffic and no public transport.
/// </summary>
/// <remarks>
/// The defaults (detour factor 1.3, 50 km/h) are common rules of thumb for rural road trips, not official figures:
/// set your own. Immutable and thread-safe.
/// </remarks>
public sealed class TravelTimeEstimateModel
{
    /// <summary>Gets how much longer a road trip is than the crow-fly distance (≥ 1; default 1.3).</summary>
    public double DetourFactor { get; init; } = 1.3;

    /// <summary>Gets the average speed of the trip in km/h (&gt; 0; default 50).</summary>
    public double AverageSpeedKmh { get; init; } = 50;

    /// <summary>Estimates a travel time in minutes from a crow-fly distance.</summary>
    /// <param name="distanceKm">The great-circle distance in kilometres.</param>
    /// <returns>The estimated minutes: <c>distanceKm × DetourFactor ÷ AverageSpeedKmh × 60</c>.</returns>
    public double EstimateMinutes(double distanceKm) => distanceKm * DetourFactor / AverageSpeedKmh * 60;

    internal void Check()
    {
        if (!(DetourFactor >= 1) || double.IsInfinity(DetourFactor))
        {
            throw new ArgumentOutOfRangeException(nameof(DetourFactor), DetourFactor, "A detour factor is a finite number of at least 1.");
        }

        if (!(AverageSpeedKmh > 0) || double.IsInfinity(AverageSpeedKmh))
        {
            throw new ArgumentOutOfRangeException(nameof(AverageSpeedKmh), AverageSpeedKmh, "An average speed is a finite positive number.");
        }
    }
}

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

/// <summary>The parameters of a coverage analysis.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CoverageOptions
{
    /// <summary>Gets the default options: thresholds 5, 10, 15, 20 km, coverage radius 10 km, no travel-time estimate.</summary>
    public static CoverageOptions Default { get; } = new();

    /// <summary>Gets the distance thresholds, in km, at which the covered population is counted (default 5, 10, 15, 20).</summary>
    public IReadOnlyList<double> ThresholdsKm { get; init; } = [5, 10, 15, 20];

    /// <summary>
    /// Gets the distance, in km, within which a commune counts as covered: for the EPCI shares, the gap score and the
    /// suggestions (default 10).
    /// </summary>
    public double CoverageRadiusKm { get; init; } = 10;

    /// <summary>Gets the travel-time estimate model, or null for no estimate (the default).</summary>
    public TravelTimeEstimateModel? TravelTimeEstimate { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">A threshold or the radius is not a finite positive number, there is no threshold, or the travel-time model is out of range.</exception>
    public void Check()
    {
        if (ThresholdsKm is null || ThresholdsKm.Count == 0 || ThresholdsKm.Any(t => !(t > 0) || double.IsInfinity(t)))
        {
            throw new ArgumentException("Thresholds are one or more finite positive distances in km.", nameof(ThresholdsKm));
        }

        if (!(CoverageRadiusKm > 0) || double.IsInfinity(CoverageRadiusKm))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The coverage radius {CoverageRadiusKm} is not a finite positive distance in km."), nameof(CoverageRadiusKm));
        }

        TravelTimeEstimate?.Check();
    }
}

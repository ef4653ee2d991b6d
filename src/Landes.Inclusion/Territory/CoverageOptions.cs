using System.Globalization;

namespace Landes.Inclusion.Territory;

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

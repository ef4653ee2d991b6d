using Landes.Inclusion.Identifiers;

namespace Landes.Inclusion.Territory;

/// <summary>The population within one distance threshold.</summary>
public sealed class ThresholdCoverage
{
    /// <summary>Gets the threshold in km.</summary>
    public required double ThresholdKm { get; init; }

    /// <summary>Gets the number of communes whose centroid is within the threshold of a place.</summary>
    public required int Communes { get; init; }

    /// <summary>Gets their population.</summary>
    public required long Population { get; init; }

    /// <summary>Gets their share of the analysed population, in [0, 1] (0 when the analysed population is 0).</summary>
    public required double Share { get; init; }
}

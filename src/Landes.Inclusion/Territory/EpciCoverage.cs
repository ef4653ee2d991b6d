using Landes.Inclusion.Identifiers;

namespace Landes.Inclusion.Territory;

/// <summary>The coverage of one EPCI's communes within the territory.</summary>
public sealed class EpciCoverage
{
    /// <summary>Gets the EPCI's SIREN.</summary>
    public required EpciId Id { get; init; }

    /// <summary>Gets the EPCI's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the population of its communes within the territory that have a centroid.</summary>
    public required long Population { get; init; }

    /// <summary>Gets the number of located places in its communes (all its communes, also outside the territory).</summary>
    public required int Places { get; init; }

    /// <summary>Gets the number of advisors in those places, or null when no place says how many.</summary>
    public int? Advisors { get; init; }

    /// <summary>Gets the advisors per 10,000 inhabitants of <see cref="Population"/>, or null when unknown or the population is 0.</summary>
    public double? AdvisorsPer10000Inhabitants { get; init; }

    /// <summary>Gets the share of <see cref="Population"/> within the coverage radius of a place, in [0, 1].</summary>
    public required double CoveredShare { get; init; }
}

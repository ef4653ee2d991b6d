using Landes.Inclusion.Identifiers;

namespace Landes.Inclusion.Territory;

/// <summary>One suggested place: a candidate commune, at its centroid.</summary>
public sealed class SuggestedPlace
{
    /// <summary>Gets the rank, from 1.</summary>
    public required int Rank { get; init; }

    /// <summary>Gets the candidate commune.</summary>
    public required InseeCode Commune { get; init; }

    /// <summary>Gets the candidate commune's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the population this place adds to the covered population, given the places chosen before it.</summary>
    public required long AddedPopulation { get; init; }

    /// <summary>Gets the number of communes it newly covers.</summary>
    public required int AddedCommunes { get; init; }

    /// <summary>Gets the covered population once this place and the ones before it are added.</summary>
    public required long CoveredPopulation { get; init; }

    /// <summary>Gets <see cref="CoveredPopulation"/> as a share of the territory's population, in [0, 1].</summary>
    public required double CoveredShare { get; init; }
}

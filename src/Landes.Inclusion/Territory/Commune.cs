using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using System.Text.Json.Serialization;

namespace Landes.Inclusion.Territory;

/// <summary>
/// A current commune of the embedded geography, or one of the 45 arrondissements municipaux of Paris, Lyon and
/// Marseille (<see cref="Kind"/>), which stand for their commune wherever the library works on a population.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Commune
{
    /// <summary>Gets the INSEE code, valid for the geography's COG year.</summary>
    public required InseeCode Code { get; init; }

    /// <summary>Gets what the unit is: a commune (the default) or an arrondissement municipal.</summary>
    public TerritoryUnitKind Kind { get; init; }

    /// <summary>Gets the commune of an arrondissement municipal (75056, 69123 or 13055); null for a commune.</summary>
    public InseeCode? ParentCommune { get; init; }

    /// <summary>Gets the postal codes where the source publishes them (the arrondissements municipaux); empty otherwise.</summary>
    public IReadOnlyList<PostalCode> PostalCodes { get; init => field = value ?? []; } = [];

    /// <summary>Gets the official name, such as <c>Mont-de-Marsan</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the département or overseas collectivity.</summary>
    public required DepartementCode Departement { get; init; }

    /// <summary>Gets the arrondissement code (such as <c>402</c>), or null where none is published.</summary>
    public string? Arrondissement { get; init; }

    /// <summary>Gets the population municipale of the geography's population year, or null where none is published (uninhabited districts).</summary>
    public int? Population { get; init; }

    /// <summary>Gets the EPCI the commune belongs to, or null (islands and collectivities outside any EPCI).</summary>
    public EpciId? Epci { get; init; }

    /// <summary>
    /// Gets the centroid of the commune's area, or null when the source has none (communes re-created after 2018 and
    /// most overseas collectivities): such communes are left out of every distance computation, never given a guess.
    /// </summary>
    public GeoPoint? Centroid { get; init; }

    /// <summary>Gets the surface in square kilometres, or null when unknown.</summary>
    public double? SurfaceKm2 { get; init; }

    /// <summary>Returns <c>code name</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {Name}";
}

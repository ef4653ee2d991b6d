using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using System.Text.Json.Serialization;

namespace Landes.Inclusion.Territory;

/// <summary>The communes of one département (or overseas collectivity).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DepartementGeography
{
    internal DepartementGeography(DepartementCode code, Commune[] communes)
    {
        Code = code;
        Communes = communes;
        Codes = [.. communes.Select(c => c.Code)];
        Population = communes.Sum(c => (long)(c.Population ?? 0));
        EpciIds = [.. communes.Where(c => c.Epci.HasValue).Select(c => c.Epci!.Value).Distinct().Order()];
        CommunesWithoutCoordinates = [.. communes.Where(c => c.Centroid is null)];
    }

    /// <summary>Gets the département code.</summary>
    public DepartementCode Code { get; }

    /// <summary>Gets its communes, ordered by code.</summary>
    public IReadOnlyList<Commune> Communes { get; }

    /// <summary>
    /// Gets the codes of <see cref="Communes"/>, in the same order: a lookup by code searches these values, without
    /// reading a commune object at each step (a reader looks up one code a row).
    /// </summary>
    internal InseeCode[] Codes { get; }

    /// <summary>Gets the sum of its communes' populations.</summary>
    public long Population { get; }

    /// <summary>Gets the EPCI with at least one member in the département, ordered by SIREN.</summary>
    public IReadOnlyList<EpciId> EpciIds { get; }

    /// <summary>Gets the communes that have no centroid in the source data.</summary>
    public IReadOnlyList<Commune> CommunesWithoutCoordinates { get; }
}

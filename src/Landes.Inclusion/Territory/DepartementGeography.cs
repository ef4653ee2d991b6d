using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using System.Text.Json.Serialization;

namespace Landes.Inclusion.Territory;

/// <summary>The communes of one département (or overseas collectivity).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DepartementGeography
{
    private readonly Commune[] _communes;
    private readonly short[] _slotByNumber = new short[1000]; // By commune number: its position in Communes + 1, 0 when none.
    private CommuneLocation[]? _locations;

    internal DepartementGeography(DepartementCode code, Commune[] communes)
    {
        Code = code;
        Communes = communes;
        _communes = communes;
        for (int i = 0; i < communes.Length; i++)
        {
            _slotByNumber[communes[i].Code.CommuneNumber] = (short)(i + 1);
        }

        Population = communes.Sum(c => (long)(c.Population ?? 0));
        EpciIds = [.. communes.Where(c => c.Epci.HasValue).Select(c => c.Epci!.Value).Distinct().Order()];
        CommunesWithoutCoordinates = [.. communes.Where(c => c.Centroid is null)];
    }

    /// <summary>Gets the département code.</summary>
    public DepartementCode Code { get; }

    /// <summary>Gets its communes, ordered by code.</summary>
    public IReadOnlyList<Commune> Communes { get; }


    /// <summary>Gets the sum of its communes' populations.</summary>
    public long Population { get; }

    /// <summary>Gets the EPCI with at least one member in the département, ordered by SIREN.</summary>
    public IReadOnlyList<EpciId> EpciIds { get; }

    /// <summary>Gets the communes that have no centroid in the source data.</summary>
    public IReadOnlyList<Commune> CommunesWithoutCoordinates { get; }

    /// <summary>
    /// Finds the position of a commune in <see cref="Communes"/> from its number (the code's last digits), without a
    /// search: a reader looks up one code a row. -1 when the code is not a commune of the département.
    /// </summary>
    internal int IndexOf(InseeCode code)
    {
        int slot = _slotByNumber[code.CommuneNumber] - 1;
        return slot >= 0 && _communes[slot].Code == code ? slot : -1;
    }

    /// <summary>
    /// Finds where a current commune of the département lies and how far from its centroid a place may be, without
    /// reading the commune: the row check of a reader needs only these, and a commune object is one more trip to
    /// memory on a cache the read keeps flushing.
    /// </summary>
    internal bool TryGetLocation(InseeCode code, out CommuneLocation location)
    {
        // Built on first use (a département whose codes no row names never pays for it); two threads may both build
        // it, and either array is the same.
        CommuneLocation[] locations = _locations ??= [.. _communes.Select(c => new CommuneLocation(c.Code, c.Centroid, PlaceValidator.FarLimitKm(c)))];
        int slot = _slotByNumber[code.CommuneNumber] - 1;
        location = slot >= 0 ? locations[slot] : default;
        return slot >= 0 && location.Code == code;
    }
}

/// <summary>A current commune's code, centroid and the distance from it beyond which a place is far (LI-TER-007).</summary>
internal readonly record struct CommuneLocation(InseeCode Code, GeoPoint? Centroid, double FarLimitKm);

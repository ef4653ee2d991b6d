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

    /// <summary>
    /// Finds where a current commune of the département lies and how far from its centroid a place may be, from a
    /// table indexed by the commune's number: a reader checks one code a row, and this reads two small arrays where a
    /// search of the codes and the commune object itself would each cost the row a trip to memory.
    /// </summary>
    internal bool TryGetLocation(InseeCode code, out CommuneLocation location)
    {
        // Built on first use (a département whose codes no row names never pays for it); two threads may both build
        // it, and either table is the same.
        CommuneLocations table = _locations ??= new CommuneLocations(Communes);
        return table.TryGet(code, out location);
    }

    private CommuneLocations? _locations;

    private sealed class CommuneLocations
    {
        private readonly short[] _slotByNumber = new short[1000]; // The commune's position + 1, 0 when none.
        private readonly CommuneLocation[] _locations;

        public CommuneLocations(IReadOnlyList<Commune> communes)
        {
            _locations = new CommuneLocation[communes.Count];
            for (int i = 0; i < communes.Count; i++)
            {
                Commune commune = communes[i];
                _locations[i] = new CommuneLocation(commune.Code, commune.Centroid, PlaceValidator.FarLimitKm(commune));
                _slotByNumber[commune.Code.CommuneNumber] = (short)(i + 1);
            }
        }

        public bool TryGet(InseeCode code, out CommuneLocation location)
        {
            int slot = _slotByNumber[code.CommuneNumber] - 1;
            location = slot >= 0 ? _locations[slot] : default;
            return slot >= 0 && location.Code == code;
        }
    }
}

/// <summary>A current commune's code, centroid and the distance from it beyond which a place is far (LI-TER-007).</summary>
internal readonly record struct CommuneLocation(InseeCode Code, GeoPoint? Centroid, double FarLimitKm);

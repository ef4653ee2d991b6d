using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using System.Text;
using Landes.Inclusion.Identifiers;

namespace Landes.Inclusion.Territory;

/// <summary>
/// The geography of France embedded in the package: every current commune (COG 2026) with its population (INSEE
/// 2023), département, arrondissement, EPCI, centroid and surface; the EPCI and départements built from them.
/// Sources, licences and how to rebuild: <c>docs/data-sources.md</c>.
/// </summary>
/// <remarks>
/// <para>Loading is lazy, once and thread-safe, per département: asking for a commune of the Landes decompresses the
/// Landes only; asking for the whole country (<see cref="Communes"/>, a name search without département,
/// <see cref="Epcis"/>) decompresses everything once. Every member is thread-safe.</para>
/// <para>A code belongs to the geography's <see cref="Vintage"/>: a code of a commune merged since (40009 is now part
/// of 40197) is simply not found; nothing is ever defaulted.</para>
/// </remarks>
public sealed class Geography
{
    private const string ResourceName = "Landes.Inclusion.Territory.Data.france-geography.bin";

    private static readonly InseeCode Paris = InseeCode.Parse("75056");
    private static readonly InseeCode Lyon = InseeCode.Parse("69123");
    private static readonly InseeCode Marseille = InseeCode.Parse("13055");

    private static readonly Lazy<Geography> Embedded = new(() => Load(ReadResource()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly byte[] _data;
    private readonly FrozenDictionary<DepartementCode, (int Offset, int Length, int Slot)> _blocks;
    private readonly Lazy<DepartementGeography>[] _departements;
    private readonly EpciEntry[] _epciTable;
    private readonly FrozenDictionary<EpciId, int> _epciSlots;
    private readonly Lazy<Epci>[] _epcis;
    private readonly Lazy<FrozenDictionary<string, Commune[]>> _nameIndex;
    private readonly Lazy<IReadOnlyList<Commune>> _all;
    private readonly Lazy<Commune[]> _arrondissements;
    private readonly Lazy<CodeHistory> _history = CodeHistory.Embedded;

    private Geography(byte[] data, GeographyVintage vintage, FrozenDictionary<DepartementCode, (int, int, int)> blocks, EpciEntry[] epcis)
    {
        _data = data;
        Vintage = vintage;
        _blocks = blocks;
        DepartementCodes = [.. blocks.Keys.Order()];
        _departements = new Lazy<DepartementGeography>[blocks.Count];
        foreach ((DepartementCode code, (int offset, int length, int slot)) in blocks)
        {
            _departements[slot] = new Lazy<DepartementGeography>(() => ReadDepartement(code, offset, length), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        _epciTable = epcis;
        _epciSlots = epcis.Select((e, i) => (e.Id, i)).ToFrozenDictionary(p => p.Id, p => p.i);
        _epcis = [.. epcis.Select(e => new Lazy<Epci>(() => BuildEpci(e), LazyThreadSafetyMode.ExecutionAndPublication))];
        _nameIndex = new(() => Communes.GroupBy(c => CommuneNameKey.Of(c.Name), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
        _all = new(() => [.. DepartementCodes.SelectMany(d => GetDepartement(d).Communes)], LazyThreadSafetyMode.ExecutionAndPublication);
        _arrondissements = new(BuildArrondissements, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the embedded geography of France (COG 2026, population 2023). Only its header is read until a département is needed.</summary>
    public static Geography France => Embedded.Value;

    /// <summary>Gets the COG and population years of the data.</summary>
    public GeographyVintage Vintage { get; }

    /// <summary>Gets the codes of every département and overseas collectivity, in order.</summary>
    public IReadOnlyList<DepartementCode> DepartementCodes { get; }

    /// <summary>Gets every commune of France, ordered by département then code (loads the whole country).</summary>
    public IReadOnlyList<Commune> Communes => _all.Value;

    /// <summary>Gets every EPCI, ordered by SIREN (loads the whole country).</summary>
    public IReadOnlyList<Epci> Epcis => [.. _epcis.Select(e => e.Value)];

    /// <summary>Gets the communes without a centroid (left out of every distance computation).</summary>
    public IReadOnlyList<Commune> CommunesWithoutCoordinates => [.. Communes.Where(c => c.Centroid is null)];

    /// <summary>Gets the communes of a département, loading it on first use.</summary>
    /// <param name="code">The département code.</param>
    /// <returns>The département.</returns>
    /// <exception cref="KeyNotFoundException">The geography has no such département (use <see cref="TryGetDepartement"/> for unchecked input).</exception>
    public DepartementGeography GetDepartement(DepartementCode code) =>
        TryGetDepartement(code, out DepartementGeography? departement)
            ? departement
            : throw new KeyNotFoundException($"No département '{code}' in the geography ({Vintage}).");

    /// <summary>Looks up a département, loading it on first use.</summary>
    /// <param name="code">The département code.</param>
    /// <param name="departement">The département when found.</param>
    /// <returns><see langword="true"/> when the geography has it.</returns>
    public bool TryGetDepartement(DepartementCode code, [NotNullWhen(true)] out DepartementGeography? departement)
    {
        departement = _blocks.TryGetValue(code, out (int, int, int Slot) block) ? _departements[block.Slot].Value : null;
        return departement is not null;
    }

    /// <summary>Looks up a commune by its INSEE code (loads its département only).</summary>
    /// <param name="code">The code, for this geography's COG year.</param>
    /// <param name="commune">The commune when found.</param>
    /// <returns><see langword="true"/> when the code is a current commune of the vintage.</returns>
    public bool TryGetCommune(InseeCode code, [NotNullWhen(true)] out Commune? commune)
    {
        commune = null;
        if (code.IsDefault || !TryGetDepartement(code.Departement, out DepartementGeography? departement))
        {
            return false;
        }

        int index = departement.IndexOf(code);
        commune = index >= 0 ? departement.Communes[index] : null;
        return commune is not null;
    }

    /// <summary>Finds a current commune's centroid and far limit without reading the commune (see <see cref="DepartementGeography.TryGetLocation"/>).</summary>
    internal bool TryGetCommuneLocation(InseeCode code, out CommuneLocation location)
    {
        location = default;
        return !code.IsDefault && TryGetDepartement(code.Departement, out DepartementGeography? departement) && departement.TryGetLocation(code, out location);
    }

    /// <summary>Gets a value indicating whether a code is a current commune of the vintage.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Contains(InseeCode code) => TryGetCommune(code, out _);

    /// <summary>
    /// Finds the communes of a name, forgiving case, accents, hyphens, apostrophes and <c>Saint</c>/<c>St</c>
    /// (<c>MONT DE MARSAN</c> finds Mont-de-Marsan). Several communes may share a name.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The matching communes, ordered by code; empty when none.</returns>
    public IReadOnlyList<Commune> FindByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _nameIndex.Value.TryGetValue(CommuneNameKey.Of(name), out Commune[]? found) ? found : [];
    }

    /// <summary>Finds the communes of a name within one département (loads that département only).</summary>
    /// <param name="name">The name, forgiving as in <see cref="FindByName(string)"/>.</param>
    /// <param name="departement">The département.</param>
    /// <returns>The matching communes, ordered by code; empty when none.</returns>
    public IReadOnlyList<Commune> FindByName(string name, DepartementCode departement)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!TryGetDepartement(departement, out DepartementGeography? geography))
        {
            return [];
        }

        string key = CommuneNameKey.Of(name);
        return [.. geography.Communes.Where(c => string.Equals(CommuneNameKey.Of(c.Name), key, StringComparison.Ordinal))];
    }

    /// <summary>Looks up an EPCI with all its members (loads the départements it spans).</summary>
    /// <param name="id">The EPCI's SIREN.</param>
    /// <param name="epci">The EPCI when found.</param>
    /// <returns><see langword="true"/> when the geography has it.</returns>
    public bool TryGetEpci(EpciId id, [NotNullWhen(true)] out Epci? epci)
    {
        epci = _epciSlots.TryGetValue(id, out int slot) ? _epcis[slot].Value : null;
        return epci is not null;
    }

    /// <summary>Gets the EPCI of a commune.</summary>
    /// <param name="code">The commune's code.</param>
    /// <returns>The EPCI, or null when the commune is unknown or belongs to none.</returns>
    public Epci? EpciOf(InseeCode code) =>
        TryGetCommune(code, out Commune? commune) && commune.Epci is { } id && TryGetEpci(id, out Epci? epci) ? epci : null;

    /// <summary>Gets the member communes of an EPCI, whatever their département.</summary>
    /// <param name="id">The EPCI's SIREN.</param>
    /// <returns>The members, ordered by code; empty when the EPCI is unknown.</returns>
    public IReadOnlyList<Commune> CommunesOf(EpciId id) => TryGetEpci(id, out Epci? epci) ? epci.Communes : [];

    /// <summary>Gets the COG vintages of the embedded history that <see cref="Resolve(InseeCode)"/> knows, oldest first, with their sources.</summary>
    public IReadOnlyList<CogSource> HistoryVintages => _history.Value.Vintages;

    /// <summary>
    /// Gets the 45 arrondissements municipaux of Paris (75101–75120), Lyon (69381–69389) and Marseille (13201–13216),
    /// ordered by code, with their population, centroid, surface, postal codes and parent commune; their populations
    /// sum exactly to their commune's.
    /// </summary>
    public IReadOnlyList<Commune> Arrondissements => _arrondissements.Value;

    /// <summary>Gets the arrondissements municipaux of a commune (20 for 75056, 9 for 69123, 16 for 13055; empty for any other).</summary>
    /// <param name="commune">The commune's code.</param>
    /// <returns>The arrondissements, ordered by code.</returns>
    public IReadOnlyList<Commune> ArrondissementsOf(InseeCode commune) =>
        commune == Paris || commune == Lyon || commune == Marseille ? [.. Arrondissements.Where(a => a.ParentCommune == commune)] : [];

    /// <summary>Looks up a territory unit: a current commune or an arrondissement municipal.</summary>
    /// <param name="code">The code.</param>
    /// <param name="unit">The commune or arrondissement when found.</param>
    /// <returns><see langword="true"/> when the code is a current commune or an arrondissement municipal.</returns>
    public bool TryGetUnit(InseeCode code, [NotNullWhen(true)] out Commune? unit)
    {
        if (TryGetCommune(code, out unit))
        {
            return true;
        }

        Commune[] arrondissements = _arrondissements.Value;
        int index = arrondissements.AsSpan().BinarySearch(new CodeKey(code));
        unit = index >= 0 ? arrondissements[index] : null;
        return unit is not null;
    }

    /// <summary>
    /// Finds where a code of any COG vintage of the history lies today: the commune or arrondissement municipal it is,
    /// or the current commune a commune déléguée, associée or absorbed code belongs to. Unknown and ambiguous codes
    /// are not located (never guessed).
    /// </summary>
    /// <param name="code">The code.</param>
    /// <param name="unit">The unit when located.</param>
    /// <returns><see langword="true"/> when located.</returns>
    public bool TryLocate(InseeCode code, [NotNullWhen(true)] out Commune? unit)
    {
        if (TryGetUnit(code, out unit))
        {
            return true;
        }

        CodeResolution resolution = Resolve(code);
        unit = null;
        return resolution.IsResolved && TryGetUnit(resolution.Unit, out unit);
    }

    /// <summary>
    /// Says what a code is in the geography's COG year, from the embedded history of the vintages in
    /// <see cref="HistoryVintages"/>: a current commune, an arrondissement municipal of X, a commune déléguée or
    /// associée of X, a former code absorbed into X, ambiguous (not mapped) or unknown. Allocation-free.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <returns>The resolution.</returns>
    public CodeResolution Resolve(InseeCode code) => _history.Value.Resolve(code);

    /// <summary>Says what a code given as text is (see <see cref="Resolve(InseeCode)"/>); text that is not an INSEE code is <see cref="CodeStatus.Unknown"/>. Allocation-free.</summary>
    /// <param name="code">The text.</param>
    /// <returns>The resolution.</returns>
    public CodeResolution Resolve(ReadOnlySpan<char> code) =>
        InseeCode.TryParse(code.Trim(), out InseeCode parsed) ? Resolve(parsed) : default;

    /// <summary>
    /// Finds every code a name may mean: current communes, arrondissements municipaux (« Paris 15e » or
    /// « Paris 15e Arrondissement » → 75115) and the former names of codes of the history (« Pierrefitte-sur-Seine »
    /// → 93059, commune déléguée of 93066), forgiving as <see cref="FindByName(string)"/>.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The resolutions, current communes first, then by code; empty when none.</returns>
    public IReadOnlyList<CodeResolution> ResolveName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        IEnumerable<CodeResolution> current = FindByName(name).Select(c => Resolve(c.Code));
        IEnumerable<CodeResolution> former = _history.Value.CodesNamed(CommuneNameKey.Of(name)).Select(Resolve);
        return [.. current.Concat(former.OrderBy(r => r.Code)).DistinctBy(r => r.Code)];
    }

    /// <summary>
    /// Tells the vintage of a set of codes: the most recent COG year of the history in which every code was a
    /// commune or an arrondissement municipal. A file whose codes are all current gives the geography's year.
    /// </summary>
    /// <param name="codes">The codes (duplicates do not matter).</param>
    /// <returns>The COG year, or null when no vintage of the history holds them all (or there is no code).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> is null.</exception>
    public int? DetectCogYear(IEnumerable<InseeCode> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        CodeHistory history = _history.Value;
        int mask = (1 << history.Vintages.Count) - 1;
        bool any = false;
        foreach (InseeCode code in codes)
        {
            mask &= history.MaskOf(code);
            any = true;
        }

        for (int v = history.Vintages.Count - 1; any && v >= 0; v--)
        {
            if ((mask & (1 << v)) != 0)
            {
                return history.Vintages[v].CogYear;
            }
        }

        return null;
    }

    /// <summary>The units of coverage of communes: each commune, but Paris, Lyon and Marseille replaced by their arrondissements, ordered by code.</summary>
    internal IReadOnlyList<Commune> ToUnits(IReadOnlyList<Commune> communes)
    {
        if (!communes.Any(c => c.Kind == TerritoryUnitKind.Commune && (c.Code == Paris || c.Code == Lyon || c.Code == Marseille)))
        {
            return communes;
        }

        return [.. communes.SelectMany(c => c.Kind == TerritoryUnitKind.Commune && ArrondissementsOf(c.Code) is { Count: > 0 } parts ? parts : [c])
            .DistinctBy(c => c.Code).OrderBy(c => c.Code)];
    }

    /// <summary>Reads the whole embedded resource and decompresses every département (what a national analysis needs).</summary>
    public void LoadAll()
    {
        foreach (Lazy<DepartementGeography> departement in _departements)
        {
            _ = departement.Value;
        }
    }

    /// <summary>Reads a geography from the binary resource format (exposed for the rebuild tool's round-trip test and benchmarks).</summary>
    internal static Geography Load(byte[] data)
    {
        using var reader = new BinaryReader(new MemoryStream(data, writable: false), Encoding.UTF8);
        if (!reader.ReadBytes(5).AsSpan().SequenceEqual("LIGEO"u8) || reader.ReadByte() != 1)
        {
            throw new InvalidDataException("Not a Landes.Inclusion geography resource of format 1.");
        }

        var vintage = new GeographyVintage { CogYear = reader.ReadInt16(), PopulationYear = reader.ReadInt16() };
        int count = reader.ReadInt32();
        var entries = new List<(string Key, int Offset, int Length)>(count);
        for (int i = 0; i < count; i++)
        {
            entries.Add((reader.ReadString(), reader.ReadInt32(), reader.ReadInt32()));
        }

        int start = (int)reader.BaseStream.Position;
        (string _, int epciOffset, int epciLength) = entries.Single(e => e.Key.Length == 0);
        EpciEntry[] epcis = ReadEpcis(Decompress(data, start + epciOffset, epciLength));
        var blocks = entries.Where(e => e.Key.Length > 0)
            .Select((e, slot) => (Code: DepartementCode.Parse(e.Key), Block: (start + e.Offset, e.Length, slot)))
            .ToFrozenDictionary(p => p.Code, p => p.Block);
        return new Geography(data, vintage, blocks, epcis);
    }

    private static byte[] ReadResource()
    {
        using Stream stream = typeof(Geography).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return data;
    }

    private static byte[] Decompress(byte[] data, int offset, int length)
    {
        using var input = new BrotliStream(new MemoryStream(data, offset, length, writable: false), CompressionMode.Decompress);
        using var output = new MemoryStream(length * 4);
        input.CopyTo(output);
        return output.ToArray();
    }

    private static EpciEntry[] ReadEpcis(byte[] block)
    {
        using var reader = new BinaryReader(new MemoryStream(block, writable: false), Encoding.UTF8);
        var epcis = new EpciEntry[reader.Read7BitEncodedInt()];
        for (int i = 0; i < epcis.Length; i++)
        {
            var siren = reader.ReadInt32().ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
            string name = reader.ReadString();
            var kind = (EpciKind)reader.ReadByte();
            var departements = new DepartementCode[reader.Read7BitEncodedInt()];
            for (int d = 0; d < departements.Length; d++)
            {
                departements[d] = DepartementCode.Parse(reader.ReadString());
            }

            epcis[i] = new EpciEntry(EpciId.Parse(siren), name, kind, departements);
        }

        return epcis;
    }

    private DepartementGeography ReadDepartement(DepartementCode code, int offset, int length)
    {
        using var reader = new BinaryReader(new MemoryStream(Decompress(_data, offset, length), writable: false), Encoding.UTF8);
        var communes = new Commune[reader.Read7BitEncodedInt()];
        Span<byte> codeBytes = stackalloc byte[5];
        Span<char> codeChars = stackalloc char[5];
        for (int i = 0; i < communes.Length; i++)
        {
            reader.BaseStream.ReadExactly(codeBytes);
            for (int k = 0; k < 5; k++)
            {
                codeChars[k] = (char)codeBytes[k];
            }

            string name = reader.ReadString();
            int epci = reader.Read7BitEncodedInt();
            int population = reader.Read7BitEncodedInt();
            string arrondissement = reader.ReadString();
            byte flags = reader.ReadByte();
            GeoPoint? centroid = (flags & 1) != 0 ? new GeoPoint(reader.ReadInt32() / 100_000d, reader.ReadInt32() / 100_000d) : null;
            double? surface = (flags & 2) != 0 ? reader.Read7BitEncodedInt() / 1_000d : null;
            communes[i] = new Commune
            {
                Code = InseeCode.Parse(codeChars),
                Name = name,
                Departement = code,
                Arrondissement = arrondissement.Length == 0 ? null : arrondissement,
                Population = population == 0 ? null : population - 1,
                Epci = epci == 0 ? null : _epciTable[epci - 1].Id,
                Centroid = centroid,
                SurfaceKm2 = surface,
            };
        }

        return new DepartementGeography(code, communes);
    }

    private Commune[] BuildArrondissements()
    {
        var units = new List<Commune>();
        foreach (CodeHistory.ArrondissementRecord a in _history.Value.Arrondissements)
        {
            if (!TryGetCommune(a.Commune, out Commune? parent))
            {
                continue; // A geography without Paris, Lyon or Marseille.
            }

            units.Add(new Commune
            {
                Code = a.Code,
                Kind = TerritoryUnitKind.ArrondissementMunicipal,
                ParentCommune = a.Commune,
                Name = a.Name,
                Departement = parent.Departement,
                Arrondissement = parent.Arrondissement,
                Population = a.Population,
                Epci = parent.Epci,
                Centroid = a.Centroid,
                SurfaceKm2 = a.SurfaceKm2,
                PostalCodes = a.PostalCodes,
            });
        }

        return [.. units.OrderBy(u => u.Code)];
    }

    private Epci BuildEpci(EpciEntry entry) => new()
    {
        Id = entry.Id,
        Name = entry.Name,
        Kind = entry.Kind,
        Departements = entry.Departements,
        Communes = [.. entry.Departements.SelectMany(d => GetDepartement(d).Communes).Where(c => c.Epci == entry.Id).OrderBy(c => c.Code)],
    };

    private sealed record EpciEntry(EpciId Id, string Name, EpciKind Kind, DepartementCode[] Departements);

    // A code compared with the code of a commune: a typed binary search over communes sorted by code, without boxing.
    private readonly struct CodeKey(InseeCode code) : IComparable<Commune>
    {
        public int CompareTo(Commune? other) => other is null ? 1 : code.CompareTo(other.Code);
    }
}

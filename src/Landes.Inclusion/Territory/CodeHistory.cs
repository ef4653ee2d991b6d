using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;
using Landes.Inclusion.Identifiers;

namespace Landes.Inclusion.Territory;

/// <summary>
/// The embedded COG history (built by <c>tools/Landes.Inclusion.HistoryBuilder</c> from one version of
/// @etalab/decoupage-administratif per vintage): every code of every vintage with what it is in the latest one, the
/// vintages in which it was a commune or an arrondissement municipal, its former names; and the 45 arrondissements
/// municipaux of Paris, Lyon and Marseille. Format: <c>docs/data-sources.md</c>.
/// </summary>
/// <remarks>Immutable once loaded; thread-safe. Resolving is a binary search over a sorted array: no allocation.</remarks>
internal sealed class CodeHistory
{
    private const string ResourceName = "Landes.Inclusion.Territory.Data.france-history.bin";

    internal static readonly Lazy<CodeHistory> Embedded = new(() => Load(ReadResource()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly InseeCode[] _codes;
    private readonly byte[] _status;
    private readonly byte[] _masks;
    private readonly short[] _since;
    private readonly InseeCode[]?[] _targets;
    private readonly string[]?[] _names;

    private CodeHistory(IReadOnlyList<CogSource> vintages, IReadOnlyList<ArrondissementRecord> arrondissements, InseeCode[] codes, byte[] status, byte[] masks, short[] since, InseeCode[]?[] targets, string[]?[] names)
    {
        Vintages = vintages;
        Arrondissements = arrondissements;
        _codes = codes;
        _status = status;
        _masks = masks;
        _since = since;
        _targets = targets;
        _names = names;
        _nameIndex = new(BuildNameIndex, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private readonly Lazy<FrozenDictionary<string, InseeCode[]>> _nameIndex;

    public static CodeHistory France => Embedded.Value;

    public IReadOnlyList<CogSource> Vintages { get; }

    public IReadOnlyList<ArrondissementRecord> Arrondissements { get; }

    public int Count => _codes.Length;

    public InseeCode CodeAt(int index) => _codes[index];

    public CodeResolution Resolve(InseeCode code)
    {
        int index = _codes.AsSpan().BinarySearch(code);
        return index < 0 || code.IsDefault
            ? new CodeResolution(code, CodeStatus.Unknown, null, 0, null)
            : new CodeResolution(code, (CodeStatus)_status[index], _targets[index], _since[index], _names[index]);
    }

    /// <summary>Gets the vintages (as a bit mask over <see cref="Vintages"/>) in which a code was a commune or an arrondissement municipal; 0 when none.</summary>
    public int MaskOf(InseeCode code)
    {
        int index = _codes.AsSpan().BinarySearch(code);
        return index < 0 ? 0 : _masks[index];
    }

    /// <summary>Gets the codes whose current or former names have a key (see <see cref="CommuneNameKey"/>).</summary>
    public IReadOnlyList<InseeCode> CodesNamed(string key) =>
        _nameIndex.Value.TryGetValue(key, out InseeCode[]? codes) ? codes : [];

    internal static CodeHistory Load(byte[] data)
    {
        if (data.Length < 6 || !data.AsSpan(0, 5).SequenceEqual("LIHIS"u8) || data[5] != 1)
        {
            throw new InvalidDataException("Not a Landes.Inclusion history resource of format 1.");
        }

        // Decompressed in one go: the records are read a few bytes at a time, and small reads from a BrotliStream each
        // go through the decoder (a third of the load time).
        using var raw = new MemoryStream(data.Length * 8);
        using (var brotli = new BrotliStream(new MemoryStream(data, 6, data.Length - 6, writable: false), CompressionMode.Decompress))
        {
            brotli.CopyTo(raw);
        }

        raw.Position = 0;
        using var reader = new BinaryReader(raw, Encoding.UTF8);
        var vintages = new CogSource[reader.ReadInt32()];
        for (int i = 0; i < vintages.Length; i++)
        {
            vintages[i] = new CogSource { CogYear = reader.ReadInt16(), Source = "@etalab/decoupage-administratif " + reader.ReadString() };
        }

        Span<char> chars = stackalloc char[5];
        var arrondissements = new ArrondissementRecord[reader.Read7BitEncodedInt()];
        for (int i = 0; i < arrondissements.Length; i++)
        {
            InseeCode code = ReadCode(reader, chars);
            string name = reader.ReadString();
            InseeCode parent = ReadCode(reader, chars);
            int population = reader.Read7BitEncodedInt();
            var centroid = new GeoPoint(reader.ReadInt32() / 100_000d, reader.ReadInt32() / 100_000d);
            double surface = reader.Read7BitEncodedInt() / 1_000d;
            var postal = new PostalCode[reader.Read7BitEncodedInt()];
            for (int p = 0; p < postal.Length; p++)
            {
                ReadChars(reader, chars);
                postal[p] = PostalCode.Parse(chars);
            }

            arrondissements[i] = new ArrondissementRecord(code, name, parent, population, centroid, surface, postal);
        }

        int count = reader.Read7BitEncodedInt();
        var codes = new InseeCode[count];
        var status = new byte[count];
        var masks = new byte[count];
        var since = new short[count];
        var targets = new InseeCode[]?[count];
        var names = new string[]?[count];
        var shared = new Dictionary<InseeCode, InseeCode[]>();
        for (int i = 0; i < count; i++)
        {
            codes[i] = ReadCode(reader, chars);
            status[i] = reader.ReadByte();
            masks[i] = reader.ReadByte();
            since[i] = reader.ReadInt16();
            int targetCount = reader.Read7BitEncodedInt();
            if (targetCount == 1)
            {
                // Most targets are one commune, shared by its parts: one array per target commune.
                InseeCode target = ReadCode(reader, chars);
                targets[i] = shared.TryGetValue(target, out InseeCode[]? one) ? one : shared[target] = [target];
            }
            else if (targetCount > 1)
            {
                var several = new InseeCode[targetCount];
                for (int t = 0; t < targetCount; t++)
                {
                    several[t] = ReadCode(reader, chars);
                }

                targets[i] = several;
            }

            int nameCount = reader.Read7BitEncodedInt();
            if (nameCount > 0)
            {
                var list = new string[nameCount];
                for (int n = 0; n < nameCount; n++)
                {
                    list[n] = reader.ReadString();
                }

                names[i] = list;
            }
        }

        return new CodeHistory(vintages, arrondissements, codes, status, masks, since, targets, names);
    }

    // The builder wrote only codes that InseeCode accepts (Load is internal and reads the embedded resource only).
    private static InseeCode ReadCode(BinaryReader reader, Span<char> chars)
    {
        Span<byte> ascii = stackalloc byte[5];
        reader.BaseStream.ReadExactly(ascii);
        return InseeCode.FromTrustedAscii(ascii);
    }

    private static void ReadChars(BinaryReader reader, Span<char> chars)
    {
        for (int k = 0; k < chars.Length; k++)
        {
            chars[k] = (char)reader.ReadByte();
        }
    }

    private static byte[] ReadResource()
    {
        using Stream stream = typeof(CodeHistory).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return data;
    }

    // Former names of codes that are no longer current communes, and the names of the arrondissements municipaux with
    // their short form (« Paris 15e » for « Paris 15e Arrondissement »).
    private FrozenDictionary<string, InseeCode[]> BuildNameIndex()
    {
        var index = new Dictionary<string, SortedSet<InseeCode>>(StringComparer.Ordinal);
        void Add(string name, InseeCode code)
        {
            string key = CommuneNameKey.Of(name);
            if (!index.TryGetValue(key, out SortedSet<InseeCode>? set))
            {
                index[key] = set = [];
            }

            set.Add(code);
        }

        for (int i = 0; i < _codes.Length; i++)
        {
            foreach (string name in _names[i] ?? [])
            {
                Add(name, _codes[i]);
            }
        }

        foreach (ArrondissementRecord a in Arrondissements)
        {
            Add(a.Name, a.Code);
            const string Suffix = " Arrondissement";
            if (a.Name.EndsWith(Suffix, StringComparison.Ordinal))
            {
                Add(a.Name[..^Suffix.Length], a.Code);
            }
        }

        return index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    internal sealed record ArrondissementRecord(InseeCode Code, string Name, InseeCode Commune, int Population, GeoPoint Centroid, double SurfaceKm2, PostalCode[] PostalCodes);
}

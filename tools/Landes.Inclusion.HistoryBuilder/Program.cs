using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

// Rebuilds src/Landes.Inclusion/Territory/Data/france-history.bin: the arrondissements municipaux of Paris, Lyon and
// Marseille and what every commune code of the COG vintages given means in the most recent one.
// Usage: dotnet run --project tools/Landes.Inclusion.HistoryBuilder -- <output.bin> <plm-arrondissements.csv>
//        <year>=<version>=<communes.json> ... (one per vintage, for instance 2021=1.1.1=<folder>/1.1.1/package/data/communes.json)
// The output depends only on the inputs (codes sorted ordinally, names in order of first vintage); the format is
// described in docs/data-sources.md and read by Landes.Inclusion.Territory.CodeHistory.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: <output.bin> <plm-arrondissements.csv> <year>=<version>=<communes.json>...");
    return 2;
}

var vintages = args.Skip(2)
    .Select(a => a.Split('=', 3))
    .Select(p => (Year: int.Parse(p[0], CultureInfo.InvariantCulture), Version: p[1], Rows: ReadCommunes(p[2])))
    .OrderBy(v => v.Year)
    .ToList();
if (vintages.Count > 8 || vintages.Select(v => v.Year).Distinct().Count() != vintages.Count)
{
    Console.Error.WriteLine("At most 8 distinct vintages.");
    return 2;
}

var byCode = vintages.Select(v => v.Rows.ToLookup(r => r.Code, StringComparer.Ordinal)).ToList();
var latest = vintages[^1];
var current = latest.Rows.Where(r => r.Type == "commune-actuelle").ToDictionary(r => r.Code, StringComparer.Ordinal);
var arrondissements = latest.Rows.Where(r => r.Type == "arrondissement-municipal").ToDictionary(r => r.Code, StringComparer.Ordinal);
var attached = latest.Rows.Where(r => r.Type is "commune-deleguee" or "commune-associee" && !current.ContainsKey(r.Code))
    .ToDictionary(r => r.Code, StringComparer.Ordinal);
var absorbedInto = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
foreach (CommuneRow commune in current.Values)
{
    foreach (string old in commune.FormerCodes)
    {
        if (!absorbedInto.TryGetValue(old, out SortedSet<string>? targets))
        {
            absorbedInto[old] = targets = new SortedSet<string>(StringComparer.Ordinal);
        }

        targets.Add(commune.Code);
    }
}

var codes = new SortedSet<string>(vintages.SelectMany(v => v.Rows).Select(r => r.Code), StringComparer.Ordinal);
codes.UnionWith(absorbedInto.Keys);
// Former codes of the département 20 (Corsica before its division in 1976) are not INSEE codes of any vintage a file
// can use today; they are left out (and stay unknown).
int corsica = codes.RemoveWhere(c => c.StartsWith("20", StringComparison.Ordinal));

// Kinds: 1 commune, 2 arrondissement municipal, 3 commune déléguée, 4 commune associée, 5 absorbed former code,
// 6 ambiguous (the vintage's rows point to more than one current commune).
var entries = new List<Entry>();
foreach (string code in codes)
{
    byte mask = 0;
    var names = new List<string>();
    for (int v = 0; v < vintages.Count; v++)
    {
        foreach (CommuneRow row in byCode[v][code])
        {
            if (row.Type is "commune-actuelle" or "arrondissement-municipal")
            {
                mask |= (byte)(1 << v);
            }

            if (!names.Contains(row.Name))
            {
                names.Add(row.Name);
            }
        }
    }

    byte kind;
    string[] targets;
    int since = 0;
    if (current.TryGetValue(code, out CommuneRow? commune))
    {
        kind = 1;
        targets = [];
        names.Remove(commune.Name);
    }
    else if (arrondissements.TryGetValue(code, out CommuneRow? arrondissement))
    {
        kind = 2;
        targets = [arrondissement.Parent!];
        names.Remove(arrondissement.Name);
    }
    else if (attached.TryGetValue(code, out CommuneRow? part))
    {
        kind = part.Type == "commune-deleguee" ? (byte)3 : (byte)4;
        targets = [part.Parent!];
        if (absorbedInto.TryGetValue(code, out SortedSet<string>? other) && !other.SetEquals(targets))
        {
            kind = 6;
            targets = [.. other.Append(part.Parent!).Distinct().Order(StringComparer.Ordinal)];
        }
        else
        {
            // The first vintage from which it is, without a break, attached to the same commune.
            int first = vintages.Count - 1;
            while (first > 0 && byCode[first - 1][code].Any(r => r.Type == part.Type && r.Parent == part.Parent)
                && !byCode[first - 1][code].Any(r => r.Type == "commune-actuelle"))
            {
                first--;
            }

            since = first == 0 ? 0 : vintages[first].Year;
        }
    }
    else if (absorbedInto.TryGetValue(code, out SortedSet<string>? into))
    {
        kind = into.Count == 1 ? (byte)5 : (byte)6;
        targets = [.. into];
        int last = -1;
        for (int v = 0; v < vintages.Count; v++)
        {
            if ((mask & (1 << v)) != 0)
            {
                last = v;
            }
        }

        since = last < 0 ? 0 : vintages[last + 1].Year;
    }
    else
    {
        Console.Error.WriteLine($"{code}: no current commune holds it; the rows give no way to resolve it.");
        return 1;
    }

    entries.Add(new Entry(code, kind, mask, since, targets, [.. names]));
}

List<Arrondissement> plm = ReadArrondissements(args[1]);
foreach (Arrondissement a in plm)
{
    if (!arrondissements.TryGetValue(a.Code, out CommuneRow? row) || row.Parent != a.Parent || row.Population != a.Population)
    {
        Console.Error.WriteLine($"{a.Code}: the arrondissements file disagrees with COG {latest.Year}.");
        return 1;
    }
}

using var block = new MemoryStream();
using (var writer = new BinaryWriter(block, Encoding.UTF8, leaveOpen: true))
{
    writer.Write(vintages.Count);
    foreach ((int year, string version, _) in vintages)
    {
        writer.Write((short)year);
        writer.Write(version);
    }

    writer.Write7BitEncodedInt(plm.Count);
    foreach (Arrondissement a in plm)
    {
        writer.Write(Encoding.ASCII.GetBytes(a.Code));
        writer.Write(a.Name);
        writer.Write(Encoding.ASCII.GetBytes(a.Parent));
        writer.Write7BitEncodedInt(a.Population);
        writer.Write(Scaled(a.Latitude, 100_000));
        writer.Write(Scaled(a.Longitude, 100_000));
        writer.Write7BitEncodedInt(Scaled(a.Surface, 1_000));
        writer.Write7BitEncodedInt(a.PostalCodes.Length);
        foreach (string postal in a.PostalCodes)
        {
            writer.Write(Encoding.ASCII.GetBytes(postal));
        }
    }

    writer.Write7BitEncodedInt(entries.Count);
    foreach (Entry e in entries)
    {
        writer.Write(Encoding.ASCII.GetBytes(e.Code));
        writer.Write(e.Kind);
        writer.Write(e.Mask);
        writer.Write((short)e.Since);
        writer.Write7BitEncodedInt(e.Targets.Length);
        foreach (string target in e.Targets)
        {
            writer.Write(Encoding.ASCII.GetBytes(target));
        }

        writer.Write7BitEncodedInt(e.Names.Length);
        foreach (string name in e.Names)
        {
            writer.Write(name);
        }
    }
}

using (var output = File.Create(args[0]))
{
    output.Write("LIHIS"u8);
    output.WriteByte(1);
    using var brotli = new BrotliStream(output, CompressionLevel.SmallestSize);
    block.Position = 0;
    block.CopyTo(brotli);
}

Console.WriteLine($"{vintages.Count} vintages, {plm.Count} arrondissements, {entries.Count} codes, {corsica} pre-1976 Corsican codes left out ({string.Join(", ", entries.GroupBy(e => e.Kind).OrderBy(g => g.Key).Select(g => $"kind {g.Key}: {g.Count()}"))}) -> {new FileInfo(args[0]).Length} bytes");
return 0;

static int Scaled(string text, int factor) =>
    checked((int)Math.Round(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) * factor, MidpointRounding.AwayFromZero));

static List<CommuneRow> ReadCommunes(string path)
{
    using FileStream stream = File.OpenRead(path);
    using JsonDocument document = JsonDocument.Parse(stream);
    var rows = new List<CommuneRow>();
    foreach (JsonElement e in document.RootElement.EnumerateArray())
    {
        string type = e.GetProperty("type").GetString()!;
        string? parent = type switch
        {
            "arrondissement-municipal" => e.GetProperty("commune").GetString(),
            "commune-deleguee" or "commune-associee" => e.GetProperty("chefLieu").GetString(),
            _ => null,
        };
        string[] former = e.TryGetProperty("anciensCodes", out JsonElement a) ? [.. a.EnumerateArray().Select(x => x.GetString()!)] : [];
        int? population = e.TryGetProperty("population", out JsonElement p) ? p.GetInt32() : null;
        rows.Add(new CommuneRow(e.GetProperty("code").GetString()!, e.GetProperty("nom").GetString()!, type, parent, former, population));
    }

    return rows;
}

static List<Arrondissement> ReadArrondissements(string path)
{
    string[] lines = File.ReadAllLines(path, Encoding.UTF8);
    string[] header = lines[0].Split(',');
    int Column(string name) => Array.IndexOf(header, name) is >= 0 and int i ? i : throw new InvalidDataException($"no column {name}");
    int code = Column("insee_code"), name = Column("name"), parent = Column("commune_code"), population = Column("population"),
        latitude = Column("latitude"), longitude = Column("longitude"), surface = Column("surface_km2"), postal = Column("postal_codes");
    return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
        .Select(c => new Arrondissement(c[code], c[name], c[parent], int.Parse(c[population], CultureInfo.InvariantCulture),
            c[latitude], c[longitude], c[surface], c[postal].Split(['|', ' ', ';'], StringSplitOptions.RemoveEmptyEntries)))
        .OrderBy(a => a.Code, StringComparer.Ordinal)];
}

internal sealed record CommuneRow(string Code, string Name, string Type, string? Parent, string[] FormerCodes, int? Population);

internal sealed record Entry(string Code, byte Kind, byte Mask, int Since, string[] Targets, string[] Names);

internal sealed record Arrondissement(string Code, string Name, string Parent, int Population, string Latitude, string Longitude, string Surface, string[] PostalCodes);

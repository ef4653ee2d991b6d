using System.Globalization;
using System.IO.Compression;
using System.Text;

// Rebuilds src/Landes.Inclusion/Territory/Data/france-geography.bin from france-communes-extended.csv.
// Usage: dotnet run --project tools/Landes.Inclusion.GeographyBuilder -- <france-communes-extended.csv> <output.bin> [cogYear] [populationYear]
// The format is described in docs/data-sources.md and read by Landes.Inclusion.Territory.GeographyResource.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: <france-communes-extended.csv> <output.bin> [cogYear=2026] [populationYear=2023]");
    return 2;
}

int cogYear = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2026;
int populationYear = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2023;
List<CommuneRow> rows = ReadRows(args[0]);

// EPCI table: every SIREN once, ordered; communes refer to it by index.
List<(int Siren, string Name)> epcis = [.. rows.Where(r => r.EpciSiren.Length > 0)
    .Select(r => (Siren: int.Parse(r.EpciSiren, CultureInfo.InvariantCulture), r.EpciName))
    .Distinct()
    .OrderBy(e => e.Siren)];
if (epcis.Select(e => e.Siren).Distinct().Count() != epcis.Count)
{
    Console.Error.WriteLine("An EPCI SIREN has two names.");
    return 1;
}

Dictionary<int, int> epciIndex = epcis.Select((e, i) => (e.Siren, i)).ToDictionary(p => p.Siren, p => p.i);

Dictionary<int, string[]> epciDepartements = rows.Where(r => r.EpciSiren.Length > 0)
    .GroupBy(r => int.Parse(r.EpciSiren, CultureInfo.InvariantCulture))
    .ToDictionary(g => g.Key, g => g.Select(r => r.Departement).Distinct().Order(StringComparer.Ordinal).ToArray());
var blocks = new List<(string Key, byte[] Data)> { (string.Empty, Compress(WriteEpcis(epcis, epciDepartements))) };
foreach (IGrouping<string, CommuneRow> departement in rows.GroupBy(r => r.Departement).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    blocks.Add((departement.Key, Compress(WriteCommunes([.. departement.OrderBy(r => r.Code, StringComparer.Ordinal)], epciIndex))));
}

using (var output = new BinaryWriter(File.Create(args[1]), Encoding.UTF8))
{
    output.Write("LIGEO"u8);
    output.Write((byte)1);
    output.Write((short)cogYear);
    output.Write((short)populationYear);
    output.Write(blocks.Count);
    int offset = 0;
    foreach ((string key, byte[] data) in blocks)
    {
        output.Write(key);
        output.Write(offset);
        output.Write(data.Length);
        offset += data.Length;
    }

    foreach ((_, byte[] data) in blocks)
    {
        output.Write(data);
    }
}

Console.WriteLine($"{rows.Count} communes, {epcis.Count} EPCI, {blocks.Count - 1} départements -> {new FileInfo(args[1]).Length} bytes");
return 0;

static byte[] WriteEpcis(List<(int Siren, string Name)> epcis, Dictionary<int, string[]> departements)
{
    using var stream = new MemoryStream();
    using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
    {
        writer.Write7BitEncodedInt(epcis.Count);
        foreach ((int siren, string name) in epcis)
        {
            writer.Write(siren);
            writer.Write(name);
            writer.Write(KindOf(name));
            writer.Write7BitEncodedInt(departements[siren].Length);
            foreach (string departement in departements[siren])
            {
                writer.Write(departement);
            }
        }
    }

    return stream.ToArray();
}

static byte[] WriteCommunes(List<CommuneRow> communes, Dictionary<int, int> epciIndex)
{
    using var stream = new MemoryStream();
    using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
    {
        writer.Write7BitEncodedInt(communes.Count);
        foreach (CommuneRow c in communes)
        {
            writer.Write(Encoding.ASCII.GetBytes(c.Code));
            writer.Write(c.Name);
            writer.Write7BitEncodedInt(c.EpciSiren.Length == 0 ? 0 : epciIndex[int.Parse(c.EpciSiren, CultureInfo.InvariantCulture)] + 1);
            // Population + 1, so that 0 says "no population published" (the uninhabited TAAF districts).
            writer.Write7BitEncodedInt(c.Population.Length == 0 ? 0 : int.Parse(c.Population, CultureInfo.InvariantCulture) + 1);
            writer.Write(c.Arrondissement);
            bool located = c.Latitude.Length > 0 && c.Longitude.Length > 0;
            bool surfaced = c.Surface.Length > 0;
            writer.Write((byte)((located ? 1 : 0) | (surfaced ? 2 : 0)));
            if (located)
            {
                writer.Write(Scaled(c.Latitude, 100_000));
                writer.Write(Scaled(c.Longitude, 100_000));
            }

            if (surfaced)
            {
                writer.Write7BitEncodedInt(Scaled(c.Surface, 1_000));
            }
        }
    }

    return stream.ToArray();
}

// The legal form begins the official name (CC, CA, CU) or the name says "Métropole" (Eurométropole de Strasbourg,
// Métropole de Lyon). Codes: 1 métropole, 2 communauté urbaine, 3 communauté d'agglomération, 4 communauté de communes.
static byte KindOf(string name) =>
    name.StartsWith("CC ", StringComparison.Ordinal) ? (byte)4
    : name.StartsWith("CA ", StringComparison.Ordinal) ? (byte)3
    : name.StartsWith("CU ", StringComparison.Ordinal) ? (byte)2
    : name.Contains("étropole", StringComparison.OrdinalIgnoreCase) ? (byte)1
    : throw new InvalidDataException($"Cannot tell the legal form of the EPCI '{name}'.");

static int Scaled(string text, int factor) =>
    checked((int)Math.Round(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) * factor, MidpointRounding.AwayFromZero));

static byte[] Compress(byte[] data)
{
    using var stream = new MemoryStream();
    using (var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true))
    {
        brotli.Write(data);
    }

    return stream.ToArray();
}

static List<CommuneRow> ReadRows(string path)
{
    using var reader = new StreamReader(path, Encoding.UTF8);
    string[] header = SplitCsv(reader.ReadLine() ?? throw new InvalidDataException("empty file"));
    int Column(string name) => Array.IndexOf(header, name) is >= 0 and int i ? i : throw new InvalidDataException($"no column {name}");
    int code = Column("insee_code"), name = Column("name"), siren = Column("epci_siren"), epciName = Column("epci_name"),
        population = Column("population"), latitude = Column("latitude"), longitude = Column("longitude"),
        surface = Column("surface_km2"), departement = Column("departement"), arrondissement = Column("arrondissement");
    var rows = new List<CommuneRow>();
    while (reader.ReadLine() is { } line)
    {
        string[] cells = SplitCsv(line);
        rows.Add(new CommuneRow(cells[code], cells[name], cells[siren], cells[epciName], cells[population], cells[latitude],
            cells[longitude], cells[surface], cells[departement], cells[arrondissement]));
    }

    return rows;
}

// RFC 4180 without line breaks inside fields, as the reference files are.
static string[] SplitCsv(string line)
{
    var cells = new List<string>();
    var current = new StringBuilder();
    bool quoted = false;
    for (int i = 0; i < line.Length; i++)
    {
        char c = line[i];
        if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
        {
            current.Append('"');
            i++;
        }
        else if (c == '"')
        {
            quoted = !quoted;
        }
        else if (c == ',' && !quoted)
        {
            cells.Add(current.ToString());
            current.Clear();
        }
        else
        {
            current.Append(c);
        }
    }

    cells.Add(current.ToString());
    return [.. cells];
}

internal sealed record CommuneRow(string Code, string Name, string EpciSiren, string EpciName, string Population,
    string Latitude, string Longitude, string Surface, string Departement, string Arrondissement);

using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

// Rebuilds src/Landes.Inclusion.Cli/Rendering/Data/france-contours.bin from the shared reference contours:
// contours/france-communes-contours.geojson.gz (every commune, COG 2026 codes) and
// contours/plm-arrondissements-contours.geojson (the 45 arrondissements of Paris, Lyon and Marseille).
// Usage: dotnet run --project tools/Landes.Inclusion.ContoursBuilder -- <contours folder> <output.bin>
// Deterministic: the same input gives the same bytes. The format is described in docs/data-sources.md and read by
// Landes.Inclusion.Cli.Rendering.CommuneShapes.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: <contours folder> <output.bin>");
    return 2;
}

const int UnitsPerDegree = 10_000; // the reference coordinates are given to 1e-4 degree
var shapes = new SortedDictionary<string, List<List<(int X, int Y)>>>(StringComparer.Ordinal);
using (var communes = new GZipStream(File.OpenRead(Path.Combine(args[0], "france-communes-contours.geojson.gz")), CompressionMode.Decompress))
{
    Read(communes, shapes);
}

using (FileStream arrondissements = File.OpenRead(Path.Combine(args[0], "plm-arrondissements-contours.geojson")))
{
    Read(arrondissements, shapes);
}

var blocks = new List<(string Key, byte[] Data)>();
foreach (IGrouping<string, KeyValuePair<string, List<List<(int X, int Y)>>>> departement in shapes.GroupBy(s => DepartementOf(s.Key)).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    using var raw = new MemoryStream();
    WriteVarint(raw, (uint)departement.Count());
    foreach ((string code, List<List<(int X, int Y)>> rings) in departement)
    {
        byte[] codeBytes = Encoding.ASCII.GetBytes(code);
        raw.WriteByte((byte)codeBytes.Length);
        raw.Write(codeBytes);
        WriteVarint(raw, (uint)rings.Count);
        (int X, int Y) previous = (0, 0);
        foreach (List<(int X, int Y)> ring in rings)
        {
            WriteVarint(raw, (uint)ring.Count);
            foreach ((int x, int y) in ring)
            {
                // Delta from the previous point (the first point of a shape from 0,0), zigzag, varint.
                WriteVarint(raw, ZigZag(x - previous.X));
                WriteVarint(raw, ZigZag(y - previous.Y));
                previous = (x, y);
            }
        }
    }

    using var compressed = new MemoryStream();
    using (var brotli = new BrotliStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
    {
        brotli.Write(raw.ToArray());
    }

    blocks.Add((departement.Key, compressed.ToArray()));
}

using (var output = new BinaryWriter(File.Create(args[1]), Encoding.UTF8))
{
    output.Write("LICON"u8);
    output.Write((byte)1);
    output.Write(UnitsPerDegree);
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

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{shapes.Count} shapes, {shapes.Values.Sum(r => r.Sum(p => p.Count))} points, {blocks.Count} départements, {new FileInfo(args[1]).Length} bytes"));
return 0;

static void Read(Stream stream, SortedDictionary<string, List<List<(int X, int Y)>>> shapes)
{
    using JsonDocument document = JsonDocument.Parse(stream);
    foreach (JsonElement feature in document.RootElement.GetProperty("features").EnumerateArray())
    {
        string code = feature.GetProperty("properties").GetProperty("code").GetString()!;
        JsonElement geometry = feature.GetProperty("geometry");
        string type = geometry.GetProperty("type").GetString()!;
        JsonElement coordinates = geometry.GetProperty("coordinates");
        IEnumerable<JsonElement> polygons = type switch
        {
            "Polygon" => [coordinates],
            "MultiPolygon" => coordinates.EnumerateArray(),
            _ => throw new InvalidDataException($"{code}: unexpected geometry {type}"),
        };
        var rings = new List<List<(int X, int Y)>>();
        foreach (JsonElement polygon in polygons)
        {
            foreach (JsonElement ring in polygon.EnumerateArray())
            {
                var points = new List<(int X, int Y)>();
                foreach (JsonElement point in ring.EnumerateArray())
                {
                    (int X, int Y) q = (Quantise(point[0].GetDouble()), Quantise(point[1].GetDouble()));
                    if (points.Count == 0 || points[^1] != q)
                    {
                        points.Add(q);
                    }
                }

                // Rings are closed implicitly: the closing point is not stored.
                if (points.Count > 1 && points[^1] == points[0])
                {
                    points.RemoveAt(points.Count - 1);
                }

                if (points.Count >= 3)
                {
                    rings.Add(points);
                }
            }
        }

        if (!shapes.TryAdd(code, rings))
        {
            throw new InvalidDataException($"{code}: two shapes");
        }
    }
}

static int Quantise(double degrees) => (int)Math.Round(degrees * UnitsPerDegree, MidpointRounding.AwayFromZero);

static string DepartementOf(string code) =>
    code.StartsWith("97", StringComparison.Ordinal) || code.StartsWith("98", StringComparison.Ordinal) ? code[..3] : code[..2];

static uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));

static void WriteVarint(Stream stream, uint value)
{
    while (value >= 0x80)
    {
        stream.WriteByte((byte)(value | 0x80));
        value >>= 7;
    }

    stream.WriteByte((byte)value);
}

using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;

namespace Landes.Inclusion.Cli.Rendering;

/// <summary>A point of a shape in WGS 84 degrees.</summary>
internal readonly record struct ShapePoint(double Longitude, double Latitude);

/// <summary>
/// The display-simplified shapes of every commune and of the 45 arrondissements of Paris, Lyon and Marseille, embedded
/// in the tool (<c>Rendering/Data/france-contours.bin</c>, built by <c>tools/Landes.Inclusion.ContoursBuilder</c>).
/// A département's shapes are decompressed the first time one of them is asked for, then kept.
/// </summary>
/// <remarks>
/// Format (little-endian): <c>LICON</c>, version 1, units per degree (int), block count (int), then per block its
/// key (the département, a length-prefixed string), offset and length (ints), then the Brotli blocks. A block: the
/// shape count (varint); per shape its code (a length byte and ASCII), its ring count (varint), per ring its point
/// count (varint) and the points as zigzag varint deltas of quantised longitude and latitude, the first from 0,0 and
/// each next from the previous point of the same shape. Rings are closed implicitly. Thread-safe.
/// </remarks>
internal static class CommuneShapes
{
    private const string ResourceName = "Landes.Inclusion.Cli.Rendering.Data.france-contours.bin";

    private static readonly Lazy<Index> Table = new(ReadIndex);
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<ShapePoint>>>> Blocks = new(StringComparer.Ordinal);

    /// <summary>Gets the rings of a commune's (or an arrondissement's) shape; false when it has none.</summary>
    public static bool TryGet(string code, out IReadOnlyList<IReadOnlyList<ShapePoint>> rings)
    {
        rings = [];
        if (code.Length < 5 || !Table.Value.Blocks.TryGetValue(DepartementOf(code), out (int Offset, int Length) block))
        {
            return false;
        }

        IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<ShapePoint>>> shapes = Blocks.GetOrAdd(DepartementOf(code), _ => ReadBlock(block));
        if (shapes.TryGetValue(code, out IReadOnlyList<IReadOnlyList<ShapePoint>>? found))
        {
            rings = found;
            return true;
        }

        return false;
    }

    private static string DepartementOf(string code) =>
        code.StartsWith("97", StringComparison.Ordinal) || code.StartsWith("98", StringComparison.Ordinal) ? code[..3] : code[..2];

    private static Index ReadIndex()
    {
        using Stream stream = typeof(CommuneShapes).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        if (!reader.ReadBytes(5).AsSpan().SequenceEqual("LICON"u8) || reader.ReadByte() != 1)
        {
            throw new InvalidDataException($"{ResourceName} is not a version 1 contours file.");
        }

        int unitsPerDegree = reader.ReadInt32();
        int count = reader.ReadInt32();
        var blocks = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            blocks[reader.ReadString()] = (reader.ReadInt32(), reader.ReadInt32());
        }

        return new Index(unitsPerDegree, (int)stream.Position, blocks);
    }

    private static Dictionary<string, IReadOnlyList<IReadOnlyList<ShapePoint>>> ReadBlock((int Offset, int Length) block)
    {
        Index index = Table.Value;
        using Stream stream = typeof(CommuneShapes).Assembly.GetManifestResourceStream(ResourceName)!;
        stream.Position = index.DataStart + block.Offset;
        byte[] compressed = new byte[block.Length];
        stream.ReadExactly(compressed);
        using var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        brotli.CopyTo(raw);
        byte[] data = raw.ToArray();
        int position = 0;
        double scale = index.UnitsPerDegree;
        var shapes = new Dictionary<string, IReadOnlyList<IReadOnlyList<ShapePoint>>>(StringComparer.Ordinal);
        uint shapeCount = ReadVarint(data, ref position);
        for (uint s = 0; s < shapeCount; s++)
        {
            int codeLength = data[position++];
            string code = Encoding.ASCII.GetString(data, position, codeLength);
            position += codeLength;
            uint ringCount = ReadVarint(data, ref position);
            var rings = new List<IReadOnlyList<ShapePoint>>((int)ringCount);
            int x = 0, y = 0;
            for (uint r = 0; r < ringCount; r++)
            {
                uint pointCount = ReadVarint(data, ref position);
                var ring = new ShapePoint[pointCount];
                for (uint p = 0; p < pointCount; p++)
                {
                    x += UnZigZag(ReadVarint(data, ref position));
                    y += UnZigZag(ReadVarint(data, ref position));
                    ring[p] = new ShapePoint(x / scale, y / scale);
                }

                rings.Add(ring);
            }

            shapes[code] = rings;
        }

        return shapes;
    }

    private static uint ReadVarint(byte[] data, ref int position)
    {
        uint value = 0;
        int shift = 0;
        byte b;
        do
        {
            b = data[position++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return value;
    }

    private static int UnZigZag(uint value) => (int)(value >> 1) ^ -(int)(value & 1);

    private sealed record Index(int UnitsPerDegree, int DataStart, IReadOnlyDictionary<string, (int Offset, int Length)> Blocks);
}

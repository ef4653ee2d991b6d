using System.Text;
using System.Text.Json.Nodes;

namespace Landes.Inclusion.Fuzzing;

/// <summary>
/// Mutates seed inputs: byte flips, interesting bytes, deletions, duplications, truncation, splices with another
/// seed, hostile tokens (nulls, huge numbers, invalid UTF-8, lone surrogates, NUL bytes, long strings, deep nesting)
/// and, for JSON, structural edits (a node replaced by a value of another type, removed, duplicated or renamed).
/// </summary>
public sealed class Mutator(Random random)
{
    private static readonly byte[][] Tokens =
    [
        "null"u8.ToArray(), "1e400"u8.ToArray(), "-1e400"u8.ToArray(), "-1"u8.ToArray(), "0"u8.ToArray(), "99999999999999999999"u8.ToArray(),
        "1.5"u8.ToArray(), "\"\""u8.ToArray(), "[]"u8.ToArray(), "{}"u8.ToArray(), "true"u8.ToArray(), "\"\\ud800\""u8.ToArray(),
        "\"\\u0000\""u8.ToArray(), [0], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xFF], [0xEF, 0xBB, 0xBF], ","u8.ToArray(), "\""u8.ToArray(),
        "\n"u8.ToArray(), "\r\n"u8.ToArray(), "|"u8.ToArray(), ";"u8.ToArray(), "\"0000-01-01\""u8.ToArray(), "\"-0001-01-01\""u8.ToArray(),
        "\"9999-12-31\""u8.ToArray(), "24:00"u8.ToArray(), "Mo-Su"u8.ToArray(), "\\"u8.ToArray(), "\u2028"u8.ToArray(),
    ];

    private static readonly string[] TextTokens =
    [
        "", " ", "0", "-1", "abc", "1.5", "99999999999", "\0", "\ud800", "9999-12-31", "0000-01-01", "2024-02-30", "--", "-", "\u00e9",
        "40192", "2A004", "RNCP34137", "TP-01336", "Mo-Fr 09:00-12:00", "\"", "'", "../", "1e400", "NaN", "Infinity",
    ];

    /// <summary>A mutation of a byte seed; <paramref name="others"/> give material for splices.</summary>
    public byte[] Mutate(byte[] seed, IReadOnlyList<byte[]> others, bool json)
    {
        byte[] current = seed;
        int count = 1 + random.Next(3);
        for (int i = 0; i < count; i++)
        {
            current = random.Next(json ? 12 : 10) switch
            {
                0 => FlipBit(current),
                1 => SetByte(current),
                2 => Delete(current),
                3 => Duplicate(current),
                4 => current.Length == 0 ? current : current[..random.Next(current.Length)],
                5 => Splice(current, others[random.Next(others.Count)]),
                6 or 7 => Insert(current, Tokens[random.Next(Tokens.Length)]),
                8 => Insert(current, LongRun()),
                9 => Insert(current, Nesting()),
                _ => Structural(current),
            };
        }

        return current;
    }

    /// <summary>A mutation of a text (an identifier, OSM hours, a command-line token).</summary>
    public string MutateText(string seed)
    {
        string current = seed;
        int count = 1 + random.Next(2);
        for (int i = 0; i < count; i++)
        {
            int at = current.Length == 0 ? 0 : random.Next(current.Length + 1);
            current = random.Next(7) switch
            {
                0 => TextTokens[random.Next(TextTokens.Length)],
                1 => current.Insert(at, TextTokens[random.Next(TextTokens.Length)]),
                2 => current.Length == 0 ? current : current.Remove(random.Next(current.Length), 1),
                3 => current.Length == 0 ? current : current[..random.Next(current.Length)],
                4 => current.Insert(at, ((char)random.Next(0, 0x3000)).ToString()),
                5 => current.Insert(at, new string(current.Length == 0 ? 'x' : current[random.Next(current.Length)], random.Next(1, 300))),
                _ => current.ToUpperInvariant(),
            };
        }

        return current;
    }

    private byte[] FlipBit(byte[] input)
    {
        if (input.Length == 0)
        {
            return input;
        }

        byte[] copy = (byte[])input.Clone();
        copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private byte[] SetByte(byte[] input)
    {
        if (input.Length == 0)
        {
            return input;
        }

        byte[] interesting = [0, 0x7F, 0x80, 0xFF, (byte)'"', (byte)'{', (byte)'[', (byte)',', (byte)':', (byte)'n', (byte)'-', (byte)'9', (byte)'|', (byte)'\n'];
        byte[] copy = (byte[])input.Clone();
        copy[random.Next(copy.Length)] = interesting[random.Next(interesting.Length)];
        return copy;
    }

    private byte[] Delete(byte[] input)
    {
        if (input.Length == 0)
        {
            return input;
        }

        int start = random.Next(input.Length);
        int length = Math.Min(input.Length - start, 1 + random.Next(Math.Min(64, input.Length)));
        return [.. input.AsSpan(0, start), .. input.AsSpan(start + length)];
    }

    private byte[] Duplicate(byte[] input)
    {
        if (input.Length == 0)
        {
            return input;
        }

        int start = random.Next(input.Length);
        int length = Math.Min(input.Length - start, 1 + random.Next(256));
        return Insert(input, input.AsSpan(start, length).ToArray());
    }

    private byte[] Splice(byte[] input, byte[] other) =>
        [.. input.AsSpan(0, random.Next(input.Length + 1)), .. other.AsSpan(random.Next(other.Length + 1))];

    private byte[] Insert(byte[] input, byte[] token)
    {
        int at = random.Next(input.Length + 1);
        return [.. input.AsSpan(0, at), .. token, .. input.AsSpan(at)];
    }

    private byte[] LongRun()
    {
        byte[] run = new byte[random.Next(1, 20_000)];
        Array.Fill(run, (byte)"a\"0,|;"[random.Next(6)]);
        return run;
    }

    private byte[] Nesting()
    {
        int depth = random.Next(1, 200);
        return Encoding.ASCII.GetBytes(new string('[', depth) + new string(']', random.Next(2) == 0 ? depth : depth / 2));
    }

    // Parses the JSON, edits one node, writes it back; text that does not parse is left as it is.
    private byte[] Structural(byte[] input)
    {
        try
        {
            return Edit(input);
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.Text.Json.JsonException or ArgumentException)
        {
            return input; // Text System.Text.Json.Nodes cannot hold (invalid UTF-8, lone surrogates, duplicate names).
        }
    }

    private byte[] Edit(byte[] input)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(input);
        }
        catch (System.Text.Json.JsonException)
        {
            return input;
        }
        catch (InvalidOperationException)
        {
            return input;
        }

        if (root is null)
        {
            return input;
        }

        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        JsonNode target = nodes[random.Next(nodes.Count)];
        JsonNode? parent = target.Parent;
        if (parent is null)
        {
            return input;
        }

        JsonNode? replacement = random.Next(12) switch
        {
            0 => null,
            1 => JsonValue.Create(-1),
            2 => JsonValue.Create(0),
            3 => JsonValue.Create(long.MaxValue),
            4 => JsonValue.Create(string.Empty),
            5 => JsonValue.Create(new string('x', random.Next(1, 500))),
            6 => new JsonArray(),
            7 => new JsonObject(),
            8 => JsonValue.Create(random.Next(2) == 0),
            9 => JsonValue.Create(1.5),
            10 => nodes[random.Next(nodes.Count)].DeepClone(),
            _ => JsonValue.Create("2024-01-01"),
        };
        int edit = random.Next(5);
        if (parent is JsonObject obj)
        {
            string name = target.GetPropertyName();
            if (edit == 0)
            {
                obj.Remove(name);
            }
            else if (edit == 1)
            {
                obj.Remove(name);
                obj[name + (random.Next(2) == 0 ? "x" : string.Empty) + "Extra"] = target;
            }
            else
            {
                obj[name] = replacement;
            }
        }
        else if (parent is JsonArray array)
        {
            int index = target.GetElementIndex();
            if (edit == 0)
            {
                array.RemoveAt(index);
            }
            else if (edit == 1)
            {
                array.Insert(index, target.DeepClone());
            }
            else
            {
                array[index] = replacement;
            }
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        nodes.Add(node);
        if (node is JsonObject obj)
        {
            foreach (KeyValuePair<string, JsonNode?> property in obj)
            {
                if (property.Value is not null)
                {
                    Collect(property.Value, nodes);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (JsonNode? item in array)
            {
                if (item is not null)
                {
                    Collect(item, nodes);
                }
            }
        }
    }
}

using System.Text;
using System.Text.Json;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Cli.Documents;

/// <summary>
/// What a file looks like before it is read: a JSON object and its top-level property names, or a CSV file and the
/// column names of its header line. Detection never reads more than the header or the top-level names.
/// </summary>
internal sealed class InputShape
{
    private const int MaxHeaderBytes = 1 << 20;

    private InputShape(bool isJson, IReadOnlySet<string> names)
    {
        IsJson = isJson;
        Names = names;
    }

    /// <summary>Gets a value indicating whether the file starts as JSON (its first non-blank character is <c>{</c> or <c>[</c>).</summary>
    public bool IsJson { get; }

    /// <summary>Gets a value indicating whether the file is a JSON object (not an array or a scalar).</summary>
    public bool IsJsonObject { get; private init; }

    /// <summary>Gets a value indicating whether the JSON is malformed (no names could be read).</summary>
    public bool IsMalformedJson { get; private init; }

    /// <summary>Gets the top-level property names (JSON) or the header's column names (CSV).</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>Gets a value indicating whether every given name is present.</summary>
    public bool Has(params string[] names) => names.All(Names.Contains);

    public static InputShape Of(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> text = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        int start = 0;
        while (start < text.Length && text[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start < text.Length && text[start] is (byte)'{' or (byte)'[')
        {
            return OfJson(text);
        }

        // The names of the header's first columns are enough to recognise a file: a hostile header of millions of
        // columns costs a bounded look (the readers then refuse it with LI-LIM-003), not millions of strings.
        int end = text.IndexOf((byte)'\n');
        ReadOnlySpan<byte> line = end < 0 ? text : text[..end];
        string header = Encoding.UTF8.GetString(line[..Math.Min(line.Length, MaxHeaderBytes)]).TrimEnd('\r');
        char separator = header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
        var columns = header.Split(separator, InputLimits.MaxCsvColumns + 1).Take(InputLimits.MaxCsvColumns)
            .Select(c => c.Trim().Trim('"').Trim()).Where(c => c.Length > 0);
        return new InputShape(false, new HashSet<string>(columns, StringComparer.Ordinal));
    }

    private static InputShape OfJson(ReadOnlySpan<byte> text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        bool isObject = false;
        try
        {
            var reader = new Utf8JsonReader(text, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 256 });
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == 0)
                {
                    isObject = true;
                }

                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    names.Add(reader.GetString()!);
                }
            }

            return new InputShape(true, names) { IsJsonObject = isObject };
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a name that is not UTF-8 or holds a lone surrogate; the reader says where.
            return new InputShape(true, names) { IsMalformedJson = true };
        }
    }
}

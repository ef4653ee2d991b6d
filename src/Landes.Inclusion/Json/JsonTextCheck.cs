using System.Globalization;
using System.Text;
using System.Text.Json;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Json;

/// <summary>
/// The checks a JSON text passes before any deserializer sees it: size, UTF-8 encoding, escapes that decode to
/// Unicode text. Each is a single forward pass; the escape scan runs only when the text holds a surrogate escape.
/// </summary>
internal static class JsonTextCheck
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The text without a leading UTF-8 byte-order mark.</summary>
    public static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> utf8) =>
        utf8.Span.StartsWith(Bom) ? utf8[Bom.Length..] : utf8;

    /// <summary>The first problem of the text as text (too large, not UTF-8, a lone surrogate escape), or null.</summary>
    public static Problem? Check(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > InputLimits.MaxJsonDocumentBytes)
        {
            return TooLarge(InputLimits.MaxJsonDocumentBytes);
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return new Problem(JsonProblemDefinitions.InvalidEncoding, ProblemPath.Root, ProblemArguments.Of(
                ("offset", FirstInvalidByte(utf8).ToString(CultureInfo.InvariantCulture))));
        }

        // Only a document longer than the longest string allowed can hold a string too long, and only one whose
        // quotes leave a gap that long: the token pass runs when the cheap bound cannot rule it out.
        if (utf8.Length > InputLimits.MaxJsonStringBytes && !QuotesBoundStrings(utf8, InputLimits.MaxJsonStringBytes)
            && FirstLongString(utf8) is { } tooLong)
        {
            return tooLong;
        }

        return HasSurrogateEscape(utf8) ? FirstBadEscape(utf8) : null;
    }

    /// <summary>
    /// True when no string of the text can be longer than <paramref name="max"/> bytes: every gap between two quotes
    /// that are not preceded by a backslash (and between the text's ends and the nearest such quote) is at most
    /// <paramref name="max"/> bytes. A string opens on such a quote and holds none (a quote inside it is escaped), so
    /// its content ends before the next one. False means « not ruled out », not « too long ».
    /// </summary>
    /// <remarks>
    /// Each step looks back from the far end of a <paramref name="max"/>-byte window for the last such quote, so an
    /// ordinary document is crossed in a few vectorised searches instead of a pass over its tokens. A window crowded
    /// with escaped quotes gives up (false) after a few of them rather than walk them one by one.
    /// </remarks>
    internal static bool QuotesBoundStrings(ReadOnlySpan<byte> utf8, int max)
    {
        const int EscapedQuotesTolerated = 64;
        int start = 0; // The first byte after the last boundary.
        while (utf8.Length - start > max)
        {
            ReadOnlySpan<byte> window = utf8.Slice(start, max + 1);
            int quote = window.LastIndexOf((byte)'"');
            for (int escaped = 0; quote > 0 && window[quote - 1] == (byte)'\\'; escaped++)
            {
                if (escaped == EscapedQuotesTolerated)
                {
                    return false;
                }

                quote = window[..(quote - 1)].LastIndexOf((byte)'"');
            }

            if (quote < 0)
            {
                return false;
            }

            start += quote + 1;
        }

        return true;
    }

    // One forward pass over the tokens, nothing materialised; malformed text is left to the reader's own pass.
    private static Problem? FirstLongString(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = InputLimits.MaxJsonDepth });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
                    if (length > InputLimits.MaxJsonStringBytes)
                    {
                        return new Problem(LimitProblemDefinitions.StringTooLong, ProblemPath.Root, ProblemArguments.Of(
                            ("length", length.ToString(CultureInfo.InvariantCulture)),
                            ("offset", reader.TokenStartIndex.ToString(CultureInfo.InvariantCulture)),
                            ("max", InputLimits.MaxJsonStringBytes.ToString(CultureInfo.InvariantCulture))));
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Malformed text: the reader's own pass reports it with its position.
        }

        return null;
    }

    /// <summary>The problem of an input larger than a reader's limit.</summary>
    public static Problem TooLarge(long max) =>
        new(LimitProblemDefinitions.TooLarge, ProblemPath.Root, ProblemArguments.Of(("max", max.ToString(CultureInfo.InvariantCulture))));

    /// <summary>True when the text may hold a control character in a string (escaped, DEL or a C1 control).</summary>
    public static bool MayHoldControlCharacter(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IndexOf((byte)0x7F) >= 0)
        {
            return true;
        }

        for (int i = utf8.IndexOfAny((byte)'\\', (byte)0xC2); i >= 0 && i < utf8.Length - 1;)
        {
            byte next = utf8[i + 1];
            bool control = utf8[i] == (byte)'\\'
                ? next is (byte)'b' or (byte)'f' || (next == (byte)'u' && i + 4 < utf8.Length && utf8[i + 2] == (byte)'0' && utf8[i + 3] == (byte)'0'
                    && utf8[i + 4] is (byte)'0' or (byte)'1' or (byte)'7' or (byte)'8' or (byte)'9')
                : next is >= 0x80 and <= 0x9F;
            if (control)
            {
                return true;
            }

            int following = utf8[(i + 2)..].IndexOfAny((byte)'\\', (byte)0xC2);
            i = following < 0 ? -1 : i + 2 + following;
        }

        return false;
    }

    /// <summary>The first control character of a text other than tab, line feed and carriage return, or -1.</summary>
    public static int FirstControlCharacter(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]) && text[i] is not '\t' and not '\n' and not '\r')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The problem of a control character in a string value.</summary>
    public static Problem ControlCharacter(ProblemDefinition code, string text, int position, string path) =>
        new(code, path, ProblemArguments.Of(
            ("character", ((int)text[position]).ToString("X4", CultureInfo.InvariantCulture)),
            ("position", position.ToString(CultureInfo.InvariantCulture)),
            ("value", Visible(text))));

    // Control characters shown as U+2400-style pictures, so that the message itself holds none.
    private static string Visible(string text)
    {
        string quoted = InputLimits.Quote(text);
        var builder = new StringBuilder(quoted.Length);
        foreach (char c in quoted)
        {
            builder.Append(c < 0x20 ? (char)(0x2400 + c) : char.IsControl(c) ? '\uFFFD' : c);
        }

        return builder.ToString();
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        int offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    // \uD800-\uDFFF, in either case: the only escapes that can fail to decode once the text is valid JSON.
    private static bool HasSurrogateEscape(ReadOnlySpan<byte> utf8)
    {
        for (int i = utf8.IndexOf((byte)'\\'); i >= 0 && i + 3 < utf8.Length; )
        {
            if (utf8[i + 1] == (byte)'u' && utf8[i + 2] is (byte)'d' or (byte)'D'
                && utf8[i + 3] is (byte)'8' or (byte)'9' or (byte)'a' or (byte)'b' or (byte)'c' or (byte)'d' or (byte)'e' or (byte)'f'
                    or (byte)'A' or (byte)'B' or (byte)'C' or (byte)'D' or (byte)'E' or (byte)'F')
            {
                return true;
            }

            int next = utf8[(i + 2)..].IndexOf((byte)'\\');
            i = next < 0 ? -1 : i + 2 + next;
        }

        return false;
    }

    private static Problem? FirstBadEscape(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = InputLimits.MaxJsonDepth });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                {
                    try
                    {
                        _ = reader.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        ReadOnlySpan<byte> raw = reader.HasValueSequence ? [] : reader.ValueSpan;
                        return new Problem(JsonProblemDefinitions.InvalidEscape, ProblemPath.Root, ProblemArguments.Of(
                            ("offset", reader.TokenStartIndex.ToString(CultureInfo.InvariantCulture)),
                            ("value", Encoding.UTF8.GetString(raw[..Math.Min(raw.Length, InputLimits.MaxQuotedLength * 4)]))));
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Malformed text: the reader's own pass reports it with its position.
        }

        return null;
    }
}

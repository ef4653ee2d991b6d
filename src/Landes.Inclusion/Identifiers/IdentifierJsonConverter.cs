using System.Text.Json;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Identifiers;

/// <summary>
/// Reads and writes an identifier as its canonical JSON string (<c>"40192"</c>, <c>"TP-01336"</c>), also as a
/// property name. Reading reports the identifier's own problem code; writing the <c>default</c> value throws,
/// because it is not an identifier.
/// </summary>
/// <typeparam name="T">The identifier type.</typeparam>
/// <remarks>Every identifier type carries this converter in a <see cref="JsonConverterAttribute"/>, so any
/// <see cref="JsonSerializerContext"/> picks it up. Stateless and thread-safe.</remarks>
public sealed class IdentifierJsonConverter<T> : JsonConverter<T>
    where T : struct, IIdentifier<T>
{
    // Longer than any identifier: text that does not fit is rejected as malformed without being copied.
    private const int BufferLength = 64;

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new ProblemJsonException(JsonProblems.WrongType("string", reader.TokenType));
        }

        return ParseCurrent(ref reader);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[BufferLength];
        writer.WriteStringValue(Format(value, buffer));
    }

    /// <inheritdoc />
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ParseCurrent(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[BufferLength];
        writer.WritePropertyName(Format(value, buffer));
    }

    private static T ParseCurrent(ref Utf8JsonReader reader)
    {
        Span<char> buffer = stackalloc char[BufferLength];
        int length = reader.HasValueSequence || reader.ValueSpan.Length <= BufferLength
            ? TryCopy(ref reader, buffer)
            : -1;
        ReadOnlySpan<char> text = length < 0 ? reader.GetString().AsSpan() : buffer[..length];
        if (!T.TryParse(text, out T value, out Problem? problem))
        {
            throw new ProblemJsonException(problem);
        }

        // The identifiers' Parse forgives spaces typed around a code; a document holds the exact identifier.
        return char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])
            ? throw new ProblemJsonException(new Problem(JsonProblemDefinitions.PaddedIdentifier, ProblemPath.Root, ProblemArguments.Of(("value", text.ToString()))))
            : value;
    }

    private static int TryCopy(ref Utf8JsonReader reader, scoped Span<char> buffer)
    {
        try
        {
            return reader.CopyString(buffer);
        }
        catch (ArgumentException)
        {
            return -1; // Escaped text longer than the buffer: fall back to a string.
        }
    }

    private static ReadOnlySpan<char> Format(T value, Span<char> buffer) =>
        value.TryFormat(buffer, out int written)
            ? buffer[..written]
            : throw new ProblemJsonException(new Problem(
                IdentifierProblemDefinitions.Uninitialized,
                ProblemPath.Root,
                IdentifierText.KindArguments<T>()));
}

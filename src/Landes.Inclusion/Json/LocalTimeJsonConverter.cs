using System.Text.Json;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using NodaTime;
using NodaTime.Text;

namespace Landes.Inclusion.Json;

/// <summary>
/// Reads and writes a NodaTime <see cref="LocalTime"/> as <c>"HH:mm"</c> (or <c>"HH:mm:ss"</c> when it has seconds);
/// reading accepts both forms.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class LocalTimeJsonConverter : JsonConverter<LocalTime>
{
    private static readonly LocalTimePattern Minutes = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalTimePattern Seconds = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss");

    /// <inheritdoc />
    public override LocalTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new ProblemJsonException(JsonProblems.WrongType("string (HH:mm)", reader.TokenType));
        }

        // Fast path for HH:mm and HH:mm:ss straight from the UTF-8 bytes; anything else goes through the patterns.
        if (!reader.HasValueSequence && !reader.ValueIsEscaped && TryParseCanonical(reader.ValueSpan, out LocalTime time))
        {
            return time;
        }

        string text = reader.GetString()!;
        ParseResult<LocalTime> result = text.Length == 5 ? Minutes.Parse(text) : Seconds.Parse(text);
        return result.Success
            ? result.Value
            : throw new ProblemJsonException(new Problem(JsonProblemDefinitions.InvalidTime, ProblemPath.Root, ProblemArguments.Of(("value", text))));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalTime value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Second == 0 && value.NanosecondOfSecond == 0 ? Minutes.Format(value) : Seconds.Format(value));
    }

    private static bool TryParseCanonical(ReadOnlySpan<byte> text, out LocalTime time)
    {
        time = default;
        int second = 0;
        if ((text.Length != 5 && text.Length != 8) || text[2] != (byte)':'
            || !LocalDateJsonConverter.Digits(text[..2], out int hour) || !LocalDateJsonConverter.Digits(text.Slice(3, 2), out int minute)
            || (text.Length == 8 && (text[5] != (byte)':' || !LocalDateJsonConverter.Digits(text.Slice(6, 2), out second)))
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new LocalTime(hour, minute, second);
        return true;
    }
}

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

        string text = reader.GetString()!;
        ParseResult<LocalTime> result = text.Length == 5 ? Minutes.Parse(text) : Seconds.Parse(text);
        return result.Success
            ? result.Value
            : throw new ProblemJsonException(new Problem(ProblemCodes.Json.InvalidTime, ProblemPath.Root, JsonProblems.Args(("value", text))));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalTime value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Second == 0 && value.NanosecondOfSecond == 0 ? Minutes.Format(value) : Seconds.Format(value));
    }
}

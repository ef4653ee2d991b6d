using System.Text.Json;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using NodaTime;
using NodaTime.Text;

namespace Landes.Inclusion.Json;

/// <summary>
/// Reads and writes a NodaTime <see cref="LocalDate"/> as an ISO-8601 calendar date string (<c>"2021-11-30"</c>).
/// </summary>
/// <remarks>
/// Without it, System.Text.Json source generation writes a <see cref="LocalDate"/> as an object of its properties
/// and reads it back as 0001-01-01 without any error; the library's JSON context always lists this converter.
/// Stateless and thread-safe.
/// </remarks>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    private static readonly LocalDatePattern Pattern = LocalDatePattern.Iso;

    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new ProblemJsonException(JsonProblems.WrongType("string (yyyy-MM-dd)", reader.TokenType));
        }

        string text = reader.GetString()!;
        ParseResult<LocalDate> result = Pattern.Parse(text);
        return result.Success
            ? result.Value
            : throw new ProblemJsonException(new Problem(ProblemCodes.Json.InvalidDate, ProblemPath.Root, JsonProblems.Args(("value", text))));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Pattern.Format(value));
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Landes.Inclusion.Json;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>
/// Reads a <see cref="TrainingSession"/> on the fast path of the library's strict documents, in place of the
/// source-generated metadata, which reads its <c>required</c>/<c>init</c> members through a boxed argument array and
/// state per object (a national network holds some 75,000 sessions). It reads what the metadata reads, to the same
/// value; any text the metadata would refuse (an unknown, repeated or missing member, a wrong token) it refuses too,
/// with an exception, and the document's walk, which uses the metadata, reports every problem.
/// </summary>
/// <remarks>Read-only: documents are written with the metadata. Stateless and thread-safe.</remarks>
internal sealed class TrainingSessionReader : JsonConverter<TrainingSession>
{
    private const int Date = 1;
    private const int Minutes = 2;
    private const int Kind = 4;
    private const int StartTime = 8;
    private const int Required = Date | Minutes | Kind;

    private static readonly LocalDateJsonConverter Dates = new();
    private static readonly LocalTimeJsonConverter Times = new();
    private static readonly StableEnumJsonConverter<TrainingSessionKind> Kinds = new();

    /// <inheritdoc />
    public override TrainingSession Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A training session is an object.");
        }

        LocalDate date = default;
        int minutes = 0;
        TrainingSessionKind kind = default;
        LocalTime? startTime = null;
        int seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int member = reader.ValueTextEquals("date"u8) ? Date
                : reader.ValueTextEquals("minutes"u8) ? Minutes
                : reader.ValueTextEquals("kind"u8) ? Kind
                : reader.ValueTextEquals("startTime"u8) ? StartTime
                : 0;
            if (member == 0 || (seen & member) != 0)
            {
                throw new JsonException("An unknown or repeated member of a training session.");
            }

            seen |= member;
            reader.Read();
            switch (member)
            {
                case Date:
                    date = Dates.Read(ref reader, typeof(LocalDate), options);
                    break;
                case Minutes:
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out minutes))
                    {
                        throw new JsonException("The minutes of a training session are an integer.");
                    }

                    break;
                case Kind:
                    kind = Kinds.Read(ref reader, typeof(TrainingSessionKind), options);
                    break;
                default:
                    startTime = reader.TokenType == JsonTokenType.Null ? null : Times.Read(ref reader, typeof(LocalTime), options);
                    break;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || (seen & Required) != Required)
        {
            throw new JsonException("A training session lacks a required member.");
        }

        return new TrainingSession { Date = date, Minutes = minutes, Kind = kind, StartTime = startTime };
    }

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">Always: documents are written with the metadata.</exception>
    public override void Write(Utf8JsonWriter writer, TrainingSession value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Training sessions are written with the source-generated metadata.");
}

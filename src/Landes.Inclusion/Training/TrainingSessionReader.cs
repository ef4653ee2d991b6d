using System.Text.Json;
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
internal sealed class TrainingSessionReader : FastPathReader<TrainingSession>
{
    private const string What = "a training session";
    private const int Date = 1;
    private const int Minutes = 2;
    private const int Kind = 4;
    private const int StartTime = 8;
    private const int Required = Date | Minutes | Kind;

    private static readonly byte[][] Names = ["date"u8.ToArray(), "minutes"u8.ToArray(), "kind"u8.ToArray(), "startTime"u8.ToArray()];
    private static readonly LocalTimeJsonConverter Times = new();
    private static readonly StableEnumJsonConverter<TrainingSessionKind> Kinds = new();

    /// <inheritdoc />
    public override TrainingSession Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        MemberReading.Start(ref reader, What);
        LocalDate date = default;
        int minutes = 0;
        TrainingSessionKind kind = default;
        LocalTime? startTime = null;
        int seen = 0;
        while (MemberReading.NextMember(ref reader, out int member, ref seen, Names, What))
        {
            switch (member)
            {
                case Date:
                    date = MemberReading.Date(ref reader, options);
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

        MemberReading.End(ref reader, seen, Required, What);
        return new TrainingSession { Date = date, Minutes = minutes, Kind = kind, StartTime = startTime };
    }
}

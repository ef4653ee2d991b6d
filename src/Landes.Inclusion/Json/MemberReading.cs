using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Landes.Inclusion.Json;

/// <summary>
/// The reading of one member's value by the hand-written readers of the strict documents' fast path
/// (<see cref="Training.TrainingSessionReader"/>, <see cref="Network.EmploymentContractReader"/>,
/// <see cref="Network.PlaceAssignmentReader"/>): what the source-generated metadata accepts, to the same value, and a
/// <see cref="JsonException"/> for anything it refuses.
/// </summary>
internal static class MemberReading
{
    private static readonly LocalDateJsonConverter Dates = new();

    /// <summary>Moves to the next member: true with its bit in <paramref name="seen"/>, false at the end of the object.</summary>
    /// <param name="reader">The reader, on the object's start or after a member's value.</param>
    /// <param name="member">The member's bit: the position of its name in <paramref name="names"/>, as a power of two.</param>
    /// <param name="seen">The members read so far; a name unknown or seen before is refused.</param>
    /// <param name="names">The members' JSON names, in UTF-8.</param>
    /// <param name="what">What the object is, for the exception.</param>
    public static bool NextMember(ref Utf8JsonReader reader, out int member, ref int seen, byte[][] names, string what)
    {
        member = 0;
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            return false;
        }

        for (int i = 0; i < names.Length && member == 0; i++)
        {
            member = reader.ValueTextEquals(names[i]) ? 1 << i : 0;
        }

        if (member == 0 || (seen & member) != 0)
        {
            throw new JsonException($"An unknown or repeated member of {what}.");
        }

        seen |= member;
        reader.Read();
        return true;
    }

    /// <summary>Refuses an object that did not end, or lacks one of the <paramref name="required"/> members.</summary>
    public static void End(ref Utf8JsonReader reader, int seen, int required, string what)
    {
        if (reader.TokenType != JsonTokenType.EndObject || (seen & required) != required)
        {
            throw new JsonException($"{what} lacks a required member.");
        }
    }

    /// <summary>Refuses anything but the start of an object.</summary>
    public static void Start(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"{what} is an object.");
        }
    }

    /// <summary>A string that may not be null (the documents respect nullable annotations).</summary>
    public static string Text(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("A text is a string.");

    /// <summary>A boolean that may not be null.</summary>
    public static bool Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw new JsonException("A boolean is true or false."),
    };

    /// <summary>A date, as the library's converter reads it.</summary>
    public static LocalDate Date(ref Utf8JsonReader reader, JsonSerializerOptions options) => Dates.Read(ref reader, typeof(LocalDate), options);

    /// <summary>A date or null.</summary>
    public static LocalDate? NullableDate(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : Dates.Read(ref reader, typeof(LocalDate), options);
}

/// <summary>A converter of the strict documents' fast path that reads only: the documents are written with the metadata.</summary>
/// <typeparam name="T">The type read.</typeparam>
internal abstract class FastPathReader<T> : JsonConverter<T>
{
    /// <inheritdoc />
    /// <exception cref="NotSupportedException">Always: documents are written with the metadata.</exception>
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        throw new NotSupportedException($"{typeof(T).Name} is written with the source-generated metadata.");
}

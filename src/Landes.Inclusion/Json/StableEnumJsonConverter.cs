using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Json;

/// <summary>
/// Reads and writes an enumeration by its stable lower-case name (see <see cref="StableEnumNames"/>). Numbers are
/// refused, and an unknown text is reported with the list of allowed values.
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class StableEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new ProblemJsonException(JsonProblems.WrongType("string", reader.TokenType));
        }

        if (StableEnumNames.TryGetValue(ref reader, out TEnum value))
        {
            return value;
        }

        string text = reader.GetString()!;
        throw new ProblemJsonException(new Problem(JsonProblemDefinitions.UnknownEnumValue, ProblemPath.Root,
            ProblemArguments.Of(("value", text), ("allowed", string.Join(", ", StableEnumNames.GetAllowedNames<TEnum>())))));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(StableEnumNames.GetName(value));
    }
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Json;

/// <summary>
/// Reads a JSON number as a finite <see cref="double"/>: a number too large for one (<c>1e400</c>) is refused with
/// <c>LI-JSON-016</c> instead of becoming infinity (which no JSON text can hold, so the document could not be written
/// back). Writes as System.Text.Json does.
/// </summary>
internal sealed class FiniteDoubleJsonConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new ProblemJsonException(JsonProblems.WrongType("number", reader.TokenType));
        }

        if (reader.TryGetDouble(out double value) && double.IsFinite(value))
        {
            return value;
        }

        string text = reader.HasValueSequence ? "?" : Encoding.UTF8.GetString(reader.ValueSpan);
        throw new ProblemJsonException(new Problem(JsonProblemDefinitions.NumberOutOfRange, ProblemPath.Root, ProblemArguments.Of(("value", text))));
    }

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}

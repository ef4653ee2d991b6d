using System.Text.Json;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using NodaTime;
using NodaTime.Text;

namespace Landes.Inclusion.Json;

/// <summary>
/// Reads and writes a NodaTime <see cref="LocalDate"/> as an ISO-8601 calendar date string (<c>"2021-11-30"</c>).
/// Reading refuses dates outside <see cref="InputLimits.EarliestDate"/> to <see cref="InputLimits.LatestDate"/>.
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

        // Fast path for the canonical form, straight from the UTF-8 bytes (dates are most of a network document's
        // values); anything else, including every invalid text, goes through NodaTime's pattern and its diagnostics.
        if (!reader.HasValueSequence && !reader.ValueIsEscaped && TryParseCanonical(reader.ValueSpan, out LocalDate date))
        {
            return InRange(date);
        }

        string text = reader.GetString()!;
        ParseResult<LocalDate> result = Pattern.Parse(text);
        return result.Success
            ? InRange(result.Value)
            : throw new ProblemJsonException(new Problem(JsonProblemDefinitions.InvalidDate, ProblemPath.Root, ProblemArguments.Of(("value", text))));
    }

    // Dates outside the documented range (years 0000, -1, 9999…) are refused at read: arithmetic on them overflows.
    private static LocalDate InRange(LocalDate date) => InputLimits.IsSupportedDate(date)
        ? date
        : throw new ProblemJsonException(new Problem(JsonProblemDefinitions.DateOutOfRange, ProblemPath.Root, ProblemArguments.Of(
            ("value", Pattern.Format(date)), ("min", Pattern.Format(InputLimits.EarliestDate)), ("max", Pattern.Format(InputLimits.LatestDate)))));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Pattern.Format(value));
    }

    // yyyy-MM-dd with a year from 1 to 9999 and a day that exists: exactly what the ISO pattern returns for that text.
    private static bool TryParseCanonical(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-'
            || !Digits(text[..4], out int year) || !Digits(text.Slice(5, 2), out int month) || !Digits(text.Slice(8, 2), out int day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    // Decimal digits only (no sign, no space): used by the time converter too.
    internal static bool Digits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (byte b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }
}

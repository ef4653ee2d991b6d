using System.Text.Json;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;
using NodaTime;

namespace Landes.Inclusion.Schedules;

/// <summary>
/// Reads and writes a <see cref="WeeklySchedule"/> as <c>{"monday": ["09:00-12:00", "13:30-17:00"], "comment": "…"}</c>:
/// open days only, Monday first, then the comment. Reading reports every problem inside the schedule, each with its
/// path relative to it (<c>monday[1]</c>).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class WeeklyScheduleJsonConverter : JsonConverter<WeeklySchedule>
{
    private const string CommentProperty = "comment";

    // The member names a schedule may hold, as UTF-8: monday … sunday, then the comment.
    private static readonly byte[][] KnownNames =
        [.. WeeklySchedule.DaysOfWeek.Select(d => System.Text.Encoding.UTF8.GetBytes(WeeklySchedule.DayName(d))), "comment"u8.ToArray()];

    /// <inheritdoc />
    public override WeeklySchedule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new ProblemJsonException(JsonProblems.WrongType("object", reader.TokenType));
        }

        // Known names are matched on the bytes and each day's periods read from them: a document holds thousands of
        // schedules, and strings (names, periods, paths) are made only for a problem.
        List<Problem>? problems = null;
        var periods = new List<(IsoDayOfWeek, OpeningPeriod)>(12);
        string? comment = null;
        int seenKnown = 0; // One bit per day, bit 7 for the comment.
        HashSet<string>? seenOthers = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int known = KnownName(ref reader);
            string? other = known < 0 ? reader.GetString()! : null;
            reader.Read();
            bool repeated = known >= 0 ? (seenKnown & (1 << known)) != 0 : !(seenOthers ??= new(StringComparer.Ordinal)).Add(other!);
            string name = other ?? (known == 7 ? CommentProperty : WeeklySchedule.DayName(WeeklySchedule.DaysOfWeek[known]));
            if (known >= 0)
            {
                seenKnown |= 1 << known;
            }

            if (repeated)
            {
                (problems ??= []).Add(new Problem(JsonProblemDefinitions.DuplicateProperty, name, ProblemArguments.Of(("property", name))));
                reader.Skip();
            }
            else if (known == 7)
            {
                if (reader.TokenType == JsonTokenType.String)
                {
                    comment = reader.GetString();
                }
                else
                {
                    (problems ??= []).Add(JsonProblems.WrongType("string", reader.TokenType, name));
                    reader.Skip();
                }
            }
            else if (known < 0)
            {
                (problems ??= []).Add(new Problem(ScheduleProblemDefinitions.UnknownDay, name, ProblemArguments.Of(("value", name))));
                reader.Skip();
            }
            else
            {
                ReadDay(ref reader, name, WeeklySchedule.DaysOfWeek[known], periods, ref problems);
            }
        }

        if (problems is not null)
        {
            throw new ProblemJsonException(problems);
        }

        return WeeklySchedule.TryCreate(periods, comment, out WeeklySchedule? schedule, out ValidationReport report)
            ? schedule
            : throw new ProblemJsonException([.. report.Problems]);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, WeeklySchedule value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (IsoDayOfWeek day in value.OpenDays)
        {
            writer.WriteStartArray(WeeklySchedule.DayName(day));
            foreach (OpeningPeriod period in value.GetPeriods(day))
            {
                writer.WriteStringValue(period.ToString());
            }

            writer.WriteEndArray();
        }

        if (value.Comment is not null)
        {
            writer.WriteString(CommentProperty, value.Comment);
        }

        writer.WriteEndObject();
    }

    private static void ReadDay(ref Utf8JsonReader reader, string name, IsoDayOfWeek day, List<(IsoDayOfWeek, OpeningPeriod)> periods, ref List<Problem>? problems)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            (problems ??= []).Add(JsonProblems.WrongType("array", reader.TokenType, name));
            reader.Skip();
            return;
        }

        int index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            int at = index++;
            if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
                && OpeningPeriod.TryParseExact(reader.ValueSpan, out OpeningPeriod exact))
            {
                periods.Add((day, exact));
            }
            else if (reader.TokenType != JsonTokenType.String)
            {
                (problems ??= []).Add(JsonProblems.WrongType("string", reader.TokenType, ProblemPath.Index(name, at)));
                reader.Skip();
            }
            else if (reader.GetString()! is var text && !IsExactPeriodText(text))
            {
                // OpeningPeriod.Parse forgives spaces (« 08:30 - 12:00 »); a document holds HH:mm-HH:mm exactly.
                (problems ??= []).Add(new Problem(ScheduleProblemDefinitions.PeriodFormat, ProblemPath.Index(name, at), ProblemArguments.Of(("value", text))));
            }
            else if (OpeningPeriod.TryParse(text, out OpeningPeriod period, out Problem? problem))
            {
                periods.Add((day, period)); // Escaped text in the exact form: read by the general parser.
            }
            else
            {
                (problems ??= []).Add(problem.At(ProblemPath.Index(name, at)));
            }
        }
    }

    // HH:mm-HH:mm: eleven characters, digits around the two colons and the dash (the ranges are OpeningPeriod's check).
    private static bool IsExactPeriodText(string text)
    {
        if (text.Length != 11 || text[2] != ':' || text[5] != '-' || text[8] != ':')
        {
            return false;
        }

        foreach (int i in (ReadOnlySpan<int>)[0, 1, 3, 4, 6, 7, 9, 10])
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // The index of a known member name at the reader (0 Monday … 6 Sunday, 7 the comment), or -1.
    private static int KnownName(ref Utf8JsonReader reader)
    {
        for (int i = 0; i < KnownNames.Length; i++)
        {
            if (reader.ValueTextEquals(KnownNames[i]))
            {
                return i;
            }
        }

        return -1;
    }
}

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

    /// <inheritdoc />
    public override WeeklySchedule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new ProblemJsonException(JsonProblems.WrongType("object", reader.TokenType));
        }

        var problems = new List<Problem>();
        var periods = new List<(IsoDayOfWeek, OpeningPeriod)>();
        string? comment = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            if (!seen.Add(name))
            {
                problems.Add(new Problem(JsonProblemDefinitions.DuplicateProperty, name, ProblemArguments.Of(("property", name))));
                reader.Skip();
            }
            else if (name == CommentProperty)
            {
                if (reader.TokenType == JsonTokenType.String)
                {
                    comment = reader.GetString();
                }
                else
                {
                    problems.Add(JsonProblems.WrongType("string", reader.TokenType, name));
                    reader.Skip();
                }
            }
            else if (DayOf(name) is not { } day)
            {
                problems.Add(new Problem(ScheduleProblemDefinitions.UnknownDay, name, ProblemArguments.Of(("value", name))));
                reader.Skip();
            }
            else
            {
                ReadDay(ref reader, name, day, periods, problems);
            }
        }

        if (problems.Count > 0)
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

    private static void ReadDay(ref Utf8JsonReader reader, string name, IsoDayOfWeek day, List<(IsoDayOfWeek, OpeningPeriod)> periods, List<Problem> problems)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            problems.Add(JsonProblems.WrongType("array", reader.TokenType, name));
            reader.Skip();
            return;
        }

        int index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            string path = ProblemPath.Index(name, index++);
            if (reader.TokenType != JsonTokenType.String)
            {
                problems.Add(JsonProblems.WrongType("string", reader.TokenType, path));
                reader.Skip();
            }
            else if (reader.GetString() is { } text && !IsExactPeriodText(text))
            {
                // OpeningPeriod.Parse forgives spaces (« 08:30 - 12:00 »); a document holds HH:mm-HH:mm exactly.
                problems.Add(new Problem(ScheduleProblemDefinitions.PeriodFormat, path, ProblemArguments.Of(("value", text))));
            }
            else if (OpeningPeriod.TryParse(reader.GetString(), out OpeningPeriod period, out Problem? problem))
            {
                periods.Add((day, period));
            }
            else
            {
                problems.Add(problem.At(path));
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

    private static IsoDayOfWeek? DayOf(string name)
    {
        foreach (IsoDayOfWeek day in WeeklySchedule.DaysOfWeek)
        {
            if (WeeklySchedule.DayName(day) == name)
            {
                return day;
            }
        }

        return null;
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Text;
using Landes.Inclusion.Diagnostics;
using NodaTime;

namespace Landes.Inclusion.Schedules;

/// <summary>
/// Reads and writes the subset of the OpenStreetMap <c>opening_hours</c> syntax that the interchange formats use
/// (the « lieux de médiation numérique » standard and data·inclusion), to and from a <see cref="WeeklySchedule"/>.
/// </summary>
/// <remarks>
/// <para>The subset read: rules separated by <c>;</c> (a later rule replaces the hours of the days it names) or by
/// <c>,</c> followed by days (an additional rule, which adds hours); day ranges and lists (<c>Mo-Fr</c>,
/// <c>Mo,We</c>, <c>Sa-Mo</c>); several time ranges (<c>09:00-12:00,14:00-18:30</c>); a rule without days
/// (every day); days without times (the whole day, as OSM reads them); <c>off</c> / <c>closed</c>; <c>open</c>;
/// <c>24/7</c>; comments in double quotes (they become the schedule's <see cref="WeeklySchedule.Comment"/>, several
/// joined by <c>; </c>).</para>
/// <para>Public holidays: a <see cref="WeeklySchedule"/> describes an ordinary week and means « closed on public
/// holidays ». <c>PH off</c> (alone or in a day list such as <c>Su,PH off</c>) is therefore read as that default and
/// leaves no trace; a rule opening on public holidays (<c>PH 10:00-12:00</c>, <c>Mo-Su,PH 09:00-18:00</c>) cannot be
/// represented and is reported as unsupported (<see cref="OpeningHoursProblemCodes.Unsupported"/>).
/// <see cref="Format(WeeklySchedule, bool)"/> can write <c>PH off</c> explicitly.</para>
/// <para>Anything else of the OSM syntax (months, weeks, dates, school holidays <c>SH</c>, sunrise/sunset, nth
/// weekdays <c>Mo[1]</c>, <c>||</c> fallbacks, <c>unknown</c>, times past midnight) is reported with the part that
/// is not read; nothing is ever dropped silently.</para>
/// <para>Writing gives the canonical form: days with the same hours in one rule, rules ordered by their first day,
/// runs of three days or more as ranges (<c>Mo-Fr</c>), pairs as lists (<c>Sa,Su</c>), <c>24/7</c> for a schedule
/// open all the time and <c>off</c> for one always closed; the comment goes last, in quotes (a double quote inside
/// the comment, which OSM cannot escape, is written as a single quote). Reading the canonical form gives the same
/// schedule back. The class is stateless and thread-safe.</para>
/// </remarks>
public static class OsmOpeningHours
{
    private static readonly string[] DayTokens = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

    // Words of the wider OSM grammar that the subset does not read: reported as unsupported, not malformed.
    private static readonly string[] UnsupportedWords =
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "week", "SH", "easter",
        "sunrise", "sunset", "dawn", "dusk", "unknown", "||", "[", "+", "PH",
    ];

    /// <summary>Parses an opening_hours value.</summary>
    /// <param name="text">The text, such as <c>Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00</c>.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ProblemException">The text is not in the subset read; the exception carries every problem.</exception>
    public static WeeklySchedule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out WeeklySchedule? schedule, out ValidationReport report) ? schedule : throw new ProblemException(report);
    }

    /// <summary>Tries to parse an opening_hours value, reporting every problem found (paths are relative to the value).</summary>
    /// <param name="text">The text.</param>
    /// <param name="schedule">The schedule when the text is in the subset read.</param>
    /// <param name="report">The problems: <c>LI-OSM-001</c>, <c>LI-OSM-002</c>, <c>LI-SCH-001</c>, <c>LI-SCH-002</c> or <c>LI-SCH-003</c>.</param>
    /// <returns><see langword="true"/> when the text was read.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out WeeklySchedule? schedule, out ValidationReport report)
    {
        schedule = null;
        string value = text?.Trim() ?? string.Empty;
        var problems = new List<Problem>();
        if (value.Length == 0)
        {
            problems.Add(Malformed(value, value));
            report = new ValidationReport(problems);
            return false;
        }

        var days = new List<OpeningPeriod>?[7]; // Created when a rule opens the day.
        var comments = new List<string>();
        var scratch = new List<OpeningPeriod>(4);
        foreach (string rule in SplitRules(value))
        {
            new RuleParser(value, rule.Trim(), days, comments, problems, scratch).ParseRule();
        }

        if (problems.Count == 0)
        {
            var periods = new List<(IsoDayOfWeek, OpeningPeriod)>(8);
            for (int i = 0; i < days.Length; i++)
            {
                foreach (OpeningPeriod period in days[i] ?? [])
                {
                    periods.Add((WeeklySchedule.DaysOfWeek[i], period));
                }
            }

            string? comment = comments.Count == 0 ? null : string.Join("; ", comments);
            if (WeeklySchedule.TryCreate(periods, comment, out schedule, out ValidationReport created))
            {
                report = ValidationReport.Valid;
                return true;
            }

            problems.AddRange(created.Problems);
        }

        report = new ValidationReport(problems);
        return false;
    }

    /// <summary>Writes a schedule in the canonical opening_hours form, without a public-holiday rule.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The text, such as <c>Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public static string Format(WeeklySchedule schedule) => Format(schedule, publicHolidaysOff: false);

    /// <summary>Writes a schedule in the canonical opening_hours form.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="publicHolidaysOff">Whether to end with <c>; PH off</c> (the meaning of every schedule) when the place opens at all.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public static string Format(WeeklySchedule schedule, bool publicHolidaysOff)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var builder = new StringBuilder(64);
        if (schedule.IsAlwaysClosed)
        {
            builder.Append("off");
        }
        else if (WeeklySchedule.DaysOfWeek.All(d => schedule.GetPeriods(d) is [{ StartMinutes: 0, EndsAtEndOfDay: true }]))
        {
            builder.Append("24/7");
        }
        else
        {
            AppendRules(builder, schedule);
        }

        if (schedule.Comment is { } comment)
        {
            builder.Append(" \"").Append(comment.Replace('"', '\'')).Append('"');
        }

        if (publicHolidaysOff && !schedule.IsAlwaysClosed)
        {
            builder.Append("; PH off");
        }

        return builder.ToString();
    }

    private static void AppendRules(StringBuilder builder, WeeklySchedule schedule)
    {
        bool[] done = new bool[7];
        for (int i = 0; i < 7; i++)
        {
            IReadOnlyList<OpeningPeriod> periods = schedule.GetPeriods(WeeklySchedule.DaysOfWeek[i]);
            if (done[i] || periods.Count == 0)
            {
                continue;
            }

            bool[] same = new bool[7];
            for (int j = i; j < 7; j++)
            {
                if (!done[j] && periods.SequenceEqual(schedule.GetPeriods(WeeklySchedule.DaysOfWeek[j])))
                {
                    same[j] = true;
                    done[j] = true;
                }
            }

            if (builder.Length > 0)
            {
                builder.Append("; ");
            }

            AppendDays(builder, same);
            builder.Append(' ').AppendJoin(',', periods.Select(p => p.ToString()));
        }
    }

    private static void AppendDays(StringBuilder builder, bool[] days)
    {
        bool first = true;
        for (int i = 0; i < 7; i++)
        {
            if (!days[i])
            {
                continue;
            }

            int end = i;
            while (end + 1 < 7 && days[end + 1])
            {
                end++;
            }

            builder.Append(first ? string.Empty : ",").Append(DayTokens[i]);
            if (end - i >= 2)
            {
                builder.Append('-').Append(DayTokens[end]);
            }
            else if (end > i)
            {
                builder.Append(',').Append(DayTokens[end]);
            }

            first = false;
            i = end;
        }
    }

    // Splits on ';' outside quotes; empty rules (a trailing ';') are skipped.
    private static List<string> SplitRules(string value)
    {
        var rules = new List<string>();
        bool quoted = false;
        int start = 0;
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == '"')
            {
                quoted = !quoted;
            }
            else if (value[i] == ';' && !quoted)
            {
                rules.Add(value[start..i]);
                start = i + 1;
            }
        }

        rules.Add(value[start..]);
        rules.RemoveAll(r => r.AsSpan().Trim().IsEmpty);
        return rules;
    }

    private static Problem Malformed(string value, string part) =>
        new(OpeningHoursProblemDefinitions.Malformed, ProblemPath.Root, ProblemArguments.Of(("value", value), ("part", part)));

    private static Problem Unsupported(string value, string part) =>
        new(OpeningHoursProblemDefinitions.Unsupported, ProblemPath.Root, ProblemArguments.Of(("value", value), ("part", part)));

    /// <summary>A cursor over one rule (text between two <c>;</c>), applying it to the days.</summary>
    private ref struct RuleParser(string value, string rule, List<OpeningPeriod>?[] days, List<string> comments, List<Problem> problems, List<OpeningPeriod> periods)
    {
        private int _position;

        public void ParseRule()
        {
            bool additional = false;
            while (true)
            {
                if (!ParseOne(additional))
                {
                    return;
                }

                SkipSpaces();
                if (_position >= rule.Length)
                {
                    return;
                }

                // ", Mo 10:00-12:00": an additional rule.
                if (rule[_position] == ',')
                {
                    _position++;
                    SkipSpaces();
                    additional = true;
                    continue;
                }

                Report(rule[_position..]);
                return;
            }
        }

        private bool ParseOne(bool additional)
        {
            SkipSpaces();
            int selected = 0; // One bit a day, Monday first.
            bool anyDay = false;
            bool publicHolidays = false;
            bool alwaysOpen = false;
            if (Peek("24/7"))
            {
                _position += 4;
                alwaysOpen = true;
                selected = AllDays;
                anyDay = true;
            }
            else if (!ParseDays(ref selected, ref anyDay, ref publicHolidays))
            {
                return false;
            }

            SkipSpaces();
            periods.Clear();
            if (!alwaysOpen && !ParseTimes())
            {
                return false;
            }

            SkipSpaces();
            bool off = false;
            if (PeekWord("off") || PeekWord("closed"))
            {
                off = true;
                _position += rule[_position] == 'o' ? 3 : 6;
            }
            else if (PeekWord("open"))
            {
                _position += 4;
            }

            SkipSpaces();
            bool hasComment = false;
            if (_position < rule.Length && rule[_position] == '"')
            {
                int close = rule.IndexOf('"', _position + 1);
                if (close < 0)
                {
                    ReportMalformed(rule[_position..]);
                    return false;
                }

                string comment = rule[(_position + 1)..close].Trim();
                if (comment.Length > 0)
                {
                    comments.Add(comment);
                }

                hasComment = true;
                _position = close + 1;
            }

            if (publicHolidays && !off)
            {
                Report(rule);
                return false;
            }

            bool hasSelectorOrModifier = anyDay || publicHolidays || periods.Count > 0 || off || alwaysOpen;
            if (!hasSelectorOrModifier)
            {
                if (!hasComment)
                {
                    Report(rule[_position..]);
                    return false;
                }

                return true; // A comment alone: it annotates the schedule.
            }

            if (!anyDay && !publicHolidays)
            {
                selected = AllDays; // No day selector: every day.
            }

            if (!off && periods.Count == 0)
            {
                periods.Add(OpeningPeriod.WholeDay); // Days without times: open all day, as OSM reads them.
            }

            for (int d = 0; d < 7; d++)
            {
                if ((selected & (1 << d)) == 0)
                {
                    continue;
                }

                if (!additional || off)
                {
                    days[d]?.Clear();
                }

                if (!off)
                {
                    (days[d] ??= new List<OpeningPeriod>(periods.Count)).AddRange(periods);
                }
            }

            return true;
        }

        private const int AllDays = 0b111_1111;

        private bool ParseDays(ref int selected, ref bool anyDay, ref bool publicHolidays)
        {
            while (true)
            {
                int day = DayAt(_position);
                if (day >= 0)
                {
                    int first = day;
                    int last = day;
                    _position += 2;
                    if (_position < rule.Length && rule[_position] == '-')
                    {
                        last = DayAt(_position + 1);
                        if (last < 0)
                        {
                            Report(rule[(_position - 2)..]);
                            return false;
                        }

                        _position += 3;
                    }

                    if (_position < rule.Length && rule[_position] == '[')
                    {
                        Report(rule[(_position - 2)..]);
                        return false;
                    }

                    for (int d = first; ; d = (d + 1) % 7)
                    {
                        selected |= 1 << d;
                        if (d == last)
                        {
                            break;
                        }
                    }

                    anyDay = true;
                }
                else if (Peek("PH") && !IsLetterAt(_position + 2))
                {
                    publicHolidays = true;
                    _position += 2;
                }
                else
                {
                    return true; // No (more) days: the rule may start with times.
                }

                if (_position < rule.Length && rule[_position] == ',' && (DayAt(_position + 1) >= 0 || Peek(_position + 1, "PH")))
                {
                    _position++;
                    continue;
                }

                if (_position < rule.Length && !char.IsWhiteSpace(rule[_position]) && rule[_position] != ',')
                {
                    Report(rule[_position..]);
                    return false;
                }

                return true;
            }
        }

        private bool ParseTimes()
        {
            while (_position < rule.Length && char.IsAsciiDigit(rule[_position]))
            {
                int start = _position;
                while (_position < rule.Length && (char.IsAsciiDigit(rule[_position]) || rule[_position] is ':' or '-'))
                {
                    _position++;
                }

                ReadOnlySpan<char> range = rule.AsSpan(start, _position - start);
                if (!range.Contains(':') || (_position < rule.Length && rule[_position] is '+' or '/' or '('))
                {
                    Report(rule[start..]);
                    return false;
                }

                if (!PeriodText.TryParseCompact(range, out OpeningPeriod period))
                {
                    if (!OpeningPeriod.TryParse(range.ToString(), out period, out Problem? problem))
                    {
                        problems.Add(problem);
                        return false;
                    }
                }

                periods.Add(period);
                int save = _position;
                SkipSpaces();
                if (_position < rule.Length && rule[_position] == ',')
                {
                    _position++;
                    SkipSpaces();
                    if (_position < rule.Length && char.IsAsciiDigit(rule[_position]))
                    {
                        continue;
                    }
                }

                _position = save; // Not another time: the comma (if any) separates an additional rule.
                return true;
            }

            return true;
        }

        private readonly int DayAt(int position)
        {
            if (position + 2 > rule.Length || IsLetterAt(position + 2))
            {
                return -1;
            }

            ReadOnlySpan<char> token = rule.AsSpan(position, 2);
            for (int i = 0; i < DayTokens.Length; i++)
            {
                if (token.SequenceEqual(DayTokens[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        private readonly bool IsLetterAt(int position) => position < rule.Length && char.IsLetter(rule[position]);

        private readonly bool Peek(string token) => Peek(_position, token);

        private readonly bool Peek(int position, string token) =>
            position + token.Length <= rule.Length && rule.AsSpan(position, token.Length).SequenceEqual(token);

        private readonly bool PeekWord(string word) => Peek(word) && !IsLetterAt(_position + word.Length);

        private void SkipSpaces()
        {
            while (_position < rule.Length && char.IsWhiteSpace(rule[_position]))
            {
                _position++;
            }
        }

        private readonly void Report(string part)
        {
            string trimmed = part.Trim();
            bool known = UnsupportedWords.Any(w => trimmed.Contains(w, StringComparison.Ordinal))
                || (trimmed.Length >= 4 && trimmed[..4].All(char.IsAsciiDigit));
            problems.Add(known ? Unsupported(value, trimmed) : Malformed(value, trimmed));
        }

        private readonly void ReportMalformed(string part) => problems.Add(Malformed(value, part.Trim()));
    }
}

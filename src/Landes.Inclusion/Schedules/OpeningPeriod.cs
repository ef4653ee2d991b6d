using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Landes.Inclusion.Diagnostics;
using NodaTime;
using NodaTime.Text;

namespace Landes.Inclusion.Schedules;

/// <summary>
/// An opening period within one day, from <see cref="Start"/> (included) to <see cref="End"/> (excluded), written
/// <c>09:00-12:00</c>. A period may run to the end of the day, written <c>…-24:00</c>; a period past midnight is two
/// periods on two days.
/// </summary>
/// <remarks>An immutable value; thread-safe. Ordering is by start, then end.</remarks>
public readonly struct OpeningPeriod : IEquatable<OpeningPeriod>, IComparable<OpeningPeriod>
{
    private static readonly LocalTimePattern Pattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    // Minutes since midnight; the end may be 1440 (24:00). Both zero only in the default value.
    private readonly short _start;
    private readonly short _end;

    private OpeningPeriod(int start, int end)
    {
        _start = (short)start;
        _end = (short)end;
    }

    /// <summary>Gets the whole day, <c>00:00-24:00</c>.</summary>
    public static OpeningPeriod WholeDay { get; } = new(0, MinutesPerDay);

    /// <summary>Gets the time the period starts (included).</summary>
    public LocalTime Start => LocalTime.FromMinutesSinceMidnight(_start);

    /// <summary>Gets the time the period ends (excluded); <see cref="LocalTime.Midnight"/> when it runs to the end of the day.</summary>
    public LocalTime End => _end == MinutesPerDay ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(_end);

    /// <summary>Gets a value indicating whether the period runs to the end of the day (24:00).</summary>
    public bool EndsAtEndOfDay => _end == MinutesPerDay;

    /// <summary>Gets how long the period lasts.</summary>
    public Duration Length => Duration.FromMinutes(_end - _start);

    /// <summary>Gets a value indicating whether this is the <c>default</c> value, which is not a period.</summary>
    public bool IsDefault => _start == 0 && _end == 0;

    internal int StartMinutes => _start;

    internal int EndMinutes => _end;

    private const int MinutesPerDay = 24 * 60;

    /// <summary>Creates a period; an <paramref name="end"/> of midnight means the end of the day.</summary>
    /// <param name="start">The start (included), to the minute.</param>
    /// <param name="end">The end (excluded), to the minute; midnight means 24:00.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">The times have seconds, or the end is not after the start.</exception>
    public static OpeningPeriod Create(LocalTime start, LocalTime end)
    {
        if (start.Second != 0 || start.NanosecondOfSecond != 0 || end.Second != 0 || end.NanosecondOfSecond != 0)
        {
            throw new ArgumentException("Opening periods are expressed to the minute.", nameof(start));
        }

        int startMinutes = (start.Hour * 60) + start.Minute;
        int endMinutes = end == LocalTime.Midnight ? MinutesPerDay : (end.Hour * 60) + end.Minute;
        return endMinutes > startMinutes
            ? new OpeningPeriod(startMinutes, endMinutes)
            : throw new ArgumentException($"The period {Format(startMinutes)}-{Format(endMinutes)} does not end after it starts.", nameof(end));
    }

    /// <summary>Parses a period such as <c>09:00-12:00</c> or <c>18:00-24:00</c>; spaces around the hyphen are allowed.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ProblemException">The text is not a period.</exception>
    public static OpeningPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out OpeningPeriod period, out Problem? problem) ? period : throw new ProblemException(problem);
    }

    /// <summary>Tries to parse a period such as <c>09:00-12:00</c>, returning the problem that made it fail.</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period when valid.</param>
    /// <param name="problem">The problem (<c>LI-SCH-001</c> or <c>LI-SCH-002</c>) when invalid.</param>
    /// <returns><see langword="true"/> when the text is a period.</returns>
    public static bool TryParse(string? text, out OpeningPeriod period, [NotNullWhen(false)] out Problem? problem)
    {
        period = default;
        problem = null;
        string trimmed = text?.Trim() ?? string.Empty;
        int dash = trimmed.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || !TryParseMinutes(trimmed[..dash].Trim(), allowEndOfDay: false, out int start)
            || !TryParseMinutes(trimmed[(dash + 1)..].Trim(), allowEndOfDay: true, out int end))
        {
            problem = new Problem(ScheduleProblemDefinitions.PeriodFormat, ProblemPath.Root, ProblemArguments.Of(("value", trimmed)));
            return false;
        }

        if (end == 0)
        {
            end = MinutesPerDay; // "…-00:00" is read as the end of the day, as OSM does.
        }

        if (end <= start)
        {
            problem = new Problem(ScheduleProblemDefinitions.PeriodNotAfterStart, ProblemPath.Root, ProblemArguments.Of(("value", trimmed)));
            return false;
        }

        period = new OpeningPeriod(start, end);
        return true;
    }

    /// <summary>Tells whether a time of day falls in the period.</summary>
    /// <param name="time">The time of day.</param>
    /// <returns><see langword="true"/> when <paramref name="time"/> is at or after the start and before the end.</returns>
    public bool Contains(LocalTime time)
    {
        int minutes = (time.Hour * 60) + time.Minute;
        return minutes >= _start && minutes < _end;
    }

    /// <summary>Tells whether two periods share some time (touching periods do not overlap).</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(OpeningPeriod other) => _start < other._end && other._start < _end;

    /// <summary>Returns the canonical form, <c>HH:mm-HH:mm</c> (<c>24:00</c> for the end of the day).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsDefault ? string.Empty : Format(_start) + "-" + Format(_end);

    /// <inheritdoc />
    public bool Equals(OpeningPeriod other) => _start == other._start && _end == other._end;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is OpeningPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_start, _end);

    /// <summary>Compares by start, then by end.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(OpeningPeriod other) =>
        _start != other._start ? _start.CompareTo(other._start) : _end.CompareTo(other._end);

    /// <summary>Tells whether two periods are equal.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(OpeningPeriod left, OpeningPeriod right) => left.Equals(right);

    /// <summary>Tells whether two periods differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(OpeningPeriod left, OpeningPeriod right) => !left.Equals(right);

    /// <summary>Tells whether the first period sorts before the second.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(OpeningPeriod left, OpeningPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether the first period sorts after the second.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(OpeningPeriod left, OpeningPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether the first period sorts before or with the second.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(OpeningPeriod left, OpeningPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether the first period sorts after or with the second.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(OpeningPeriod left, OpeningPeriod right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Reads <c>HH:mm-HH:mm</c> written exactly (UTF-8, no spaces) as <see cref="TryParse"/> reads it: the same period,
    /// or false for any text it would refuse or read otherwise (the caller then takes <see cref="TryParse"/>'s path).
    /// </summary>
    internal static bool TryParseExact(ReadOnlySpan<byte> text, out OpeningPeriod period)
    {
        period = default;
        if (text.Length != 11 || text[2] != (byte)':' || text[5] != (byte)'-' || text[8] != (byte)':'
            || !TryMinutes(text[..5], allowEndOfDay: false, out int start) || !TryMinutes(text[6..], allowEndOfDay: true, out int end))
        {
            return false;
        }

        if (end == 0)
        {
            end = MinutesPerDay;
        }

        if (end <= start)
        {
            return false;
        }

        period = new OpeningPeriod(start, end);
        return true;

        static bool TryMinutes(ReadOnlySpan<byte> time, bool allowEndOfDay, out int minutes)
        {
            minutes = 0;
            int h1 = time[0] - '0', h2 = time[1] - '0', m1 = time[3] - '0', m2 = time[4] - '0';
            if ((uint)h1 > 9 || (uint)h2 > 9 || (uint)m1 > 9 || (uint)m2 > 9)
            {
                return false;
            }

            int hour = (h1 * 10) + h2;
            int minute = (m1 * 10) + m2;
            minutes = (hour * 60) + minute;
            return minute <= 59 && (hour <= 23 || (allowEndOfDay && minutes == MinutesPerDay));
        }
    }

    private static bool TryParseMinutes(string text, bool allowEndOfDay, out int minutes)
    {
        minutes = 0;
        if (allowEndOfDay && text == "24:00")
        {
            minutes = MinutesPerDay;
            return true;
        }

        if (text.Length != 5)
        {
            return false;
        }

        ParseResult<LocalTime> result = Pattern.Parse(text);
        if (!result.Success)
        {
            return false;
        }

        minutes = (result.Value.Hour * 60) + result.Value.Minute;
        return true;
    }

    private static string Format(int minutes) =>
        minutes == MinutesPerDay
            ? "24:00"
            : string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:D2}:{minutes % 60:D2}");

}

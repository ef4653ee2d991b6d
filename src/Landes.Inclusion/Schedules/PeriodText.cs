using NodaTime;

namespace Landes.Inclusion.Schedules;

/// <summary>Allocation-free reading of <c>HH:mm</c> times and periods for the interchange readers' fast paths.</summary>
internal static class PeriodText
{
    public const int MinutesPerDay = 24 * 60;

    /// <summary>Reads <c>HH:mm</c> (two digits each), <c>24:00</c> included, as minutes since midnight.</summary>
    public static bool TryParseTime(ReadOnlySpan<char> text, out int minutes)
    {
        minutes = 0;
        if (text.Length != 5 || text[2] != ':' || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1])
            || !char.IsAsciiDigit(text[3]) || !char.IsAsciiDigit(text[4]))
        {
            return false;
        }

        int hours = ((text[0] - '0') * 10) + (text[1] - '0');
        int mins = ((text[3] - '0') * 10) + (text[4] - '0');
        minutes = (hours * 60) + mins;
        return mins < 60 && (hours < 24 || minutes == MinutesPerDay);
    }

    /// <summary>Creates a period from minutes (end 1440 = 24:00), already checked to end after it starts.</summary>
    public static OpeningPeriod Create(int start, int end) =>
        OpeningPeriod.Create(LocalTime.FromMinutesSinceMidnight(start), end == MinutesPerDay ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(end));

    /// <summary>Reads exactly <c>HH:mm-HH:mm</c> (an end of 00:00 meaning 24:00); anything else is left to <see cref="OpeningPeriod.TryParse"/>.</summary>
    public static bool TryParseCompact(ReadOnlySpan<char> text, out OpeningPeriod period)
    {
        period = default;
        if (text.Length != 11 || text[5] != '-' || !TryParseTime(text[..5], out int start) || start == MinutesPerDay
            || !TryParseTime(text[6..], out int end))
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

        period = Create(start, end);
        return true;
    }
}

using NodaTime;

namespace Landes.Inclusion.Calendar;

/// <summary>
/// The one place where the library turns a clock into a day: the rules it applies are French, so "today" is the
/// calendar day in metropolitan France (time zone Europe/Paris), whatever the host's own time zone.
/// </summary>
/// <remarks>Thread-safe. The library never reads the system clock itself: callers pass an <see cref="IClock"/>.</remarks>
public static class FrenchCalendar
{
    /// <summary>Gets the time zone of the rules' calendar days: Europe/Paris.</summary>
    public static DateTimeZone TimeZone { get; } = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    /// <summary>Gets today's date in France according to a clock.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The calendar day in Europe/Paris.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static LocalDate Today(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetCurrentInstant().InZone(TimeZone).Date;
    }
}

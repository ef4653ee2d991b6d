using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>Projects training calendars: the expected end date of a training for a weekly rhythm, skipping French public holidays.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class TrainingSchedule
{
    /// <summary>
    /// Gets the day on which a training that starts on <paramref name="start"/> and follows <paramref name="rhythm"/>
    /// reaches <paramref name="required"/> hours, when no training takes place on public holidays
    /// (<see cref="FrenchPublicHolidays"/>) or on the extra closed days given.
    /// </summary>
    /// <param name="start">The first possible training day.</param>
    /// <param name="required">The training time to reach (for example a path's hours, or those still to do).</param>
    /// <param name="rhythm">The weekly rhythm.</param>
    /// <param name="alsaceMoselle">Whether the two Alsace-Moselle holidays apply.</param>
    /// <param name="closedDays">Extra days without training (centre closures, a worked-off journée de solidarité), or null.</param>
    /// <returns>The last training day; <paramref name="start"/> itself when nothing is required.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rhythm"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="required"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="rhythm"/> holds no training time.</exception>
    public static LocalDate ProjectEndDate(LocalDate start, Duration required, WeeklyRhythm rhythm, bool alsaceMoselle = false, IReadOnlySet<LocalDate>? closedDays = null)
    {
        ArgumentNullException.ThrowIfNull(rhythm);
        if (required < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(required), required, "The required time cannot be negative.");
        }

        if (rhythm.MinutesPerWeek == 0)
        {
            throw new ArgumentException("The rhythm holds no training time.", nameof(rhythm));
        }

        // Exact integer arithmetic: a started minute counts as a minute to train.
        long remaining = (required.BclCompatibleTicks + NodaConstants.TicksPerMinute - 1) / NodaConstants.TicksPerMinute;
        LocalDate day = start;
        LocalDate last = start;
        while (remaining > 0)
        {
            int minutes = rhythm.MinutesOn(day.DayOfWeek);
            if (minutes > 0 && !FrenchPublicHolidays.IsHoliday(day, alsaceMoselle) && (closedDays is null || !closedDays.Contains(day)))
            {
                remaining -= minutes;
                last = day;
            }

            day = day.PlusDays(1);
        }

        return last;
    }
}

using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>A weekly rhythm of training: how many minutes of training each day of the week holds.</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class WeeklyRhythm
{
    private readonly int[] _minutes = new int[8]; // Indexed by IsoDayOfWeek (1 = Monday … 7 = Sunday).

    private WeeklyRhythm()
    {
    }

    /// <summary>Gets the minutes of training in a week.</summary>
    public int MinutesPerWeek => _minutes.Sum();

    /// <summary>Creates a rhythm of the same number of minutes on each of the given days.</summary>
    /// <param name="minutesPerDay">The minutes of training a day (1 to 1,440).</param>
    /// <param name="days">The training days.</param>
    /// <returns>The rhythm.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minutesPerDay"/> is out of range, or a day is not a day of the week.</exception>
    /// <exception cref="ArgumentException">No day is given.</exception>
    public static WeeklyRhythm On(int minutesPerDay, params IsoDayOfWeek[] days)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentOutOfRangeException.ThrowIfLessThan(minutesPerDay, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minutesPerDay, 1440);
        if (days.Length == 0)
        {
            throw new ArgumentException("At least one training day is needed.", nameof(days));
        }

        var rhythm = new WeeklyRhythm();
        foreach (IsoDayOfWeek day in days)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentOutOfRangeException(nameof(days), day, "Not a day of the week.");
            }

            rhythm._minutes[(int)day] = minutesPerDay;
        }

        return rhythm;
    }

    /// <summary>Creates the usual full-time rhythm: 7 hours a day, Monday to Friday (35 hours a week).</summary>
    /// <returns>The rhythm.</returns>
    public static WeeklyRhythm FullTime() => On(7 * 60, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday);

    /// <summary>Returns a rhythm equal to this one with a day's minutes changed.</summary>
    /// <param name="day">The day of the week.</param>
    /// <param name="minutes">The minutes of training that day (0 to 1,440).</param>
    /// <returns>The new rhythm.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public WeeklyRhythm With(IsoDayOfWeek day, int minutes)
    {
        if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minutes, 1440);
        var rhythm = new WeeklyRhythm();
        _minutes.CopyTo(rhythm._minutes, 0);
        rhythm._minutes[(int)day] = minutes;
        return rhythm;
    }

    /// <summary>Gets the minutes of training on a day of the week.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The minutes (0 when it is not a training day).</returns>
    public int MinutesOn(IsoDayOfWeek day) => day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday ? _minutes[(int)day] : 0;
}

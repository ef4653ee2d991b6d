using System.Globalization;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>
/// Writes training time as hours the way French training documents do (<c>175 h</c>, <c>7 h 30</c>), never as a
/// <see cref="Duration"/>'s own text (<c>7:07:00:00</c> for 175 hours).
/// </summary>
/// <remarks>Stateless and thread-safe; the text is the same in French and English.</remarks>
public static class TrainingHours
{
    /// <summary>Formats a time as whole hours and minutes: <c>175 h</c>, <c>7 h 30</c>, <c>0 h 05</c>; seconds are dropped.</summary>
    /// <param name="time">The time (a negative time keeps its sign: <c>-2 h 30</c>).</param>
    /// <returns>The text.</returns>
    public static string Format(Duration time) => Format((long)Math.Truncate(time.TotalMinutes));

    /// <summary>Formats a number of minutes as hours and minutes: <c>105 h</c>, <c>104 h 30</c>.</summary>
    /// <param name="minutes">The minutes.</param>
    /// <returns>The text.</returns>
    public static string Format(long minutes)
    {
        string sign = minutes < 0 ? "-" : string.Empty;
        long hours = Math.DivRem(Math.Abs(minutes), 60, out long rest);
        return rest == 0
            ? sign + hours.ToString(CultureInfo.InvariantCulture) + " h"
            : sign + hours.ToString(CultureInfo.InvariantCulture) + " h " + rest.ToString("D2", CultureInfo.InvariantCulture);
    }
}

using System.Text;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using NodaTime;

namespace Landes.Inclusion.Schedules;

/// <summary>
/// The weekly opening hours of a place: for each ISO day of the week, its opening periods in order, and an optional
/// comment (for example « sur rendez-vous »).
/// </summary>
/// <remarks>
/// <para>Periods of a day never overlap: building a schedule with overlapping periods fails with
/// <see cref="ScheduleProblemCodes.PeriodsOverlap"/>. Touching periods (09:00-12:00 and 12:00-14:00) stay as given.</para>
/// <para>In JSON a schedule is an object whose keys are the open days (<c>monday</c> … <c>sunday</c>), each with its
/// periods as strings (<c>"09:00-12:00"</c>), plus an optional <c>comment</c>: <c>{"monday": ["09:00-12:00"]}</c>.</para>
/// <para>Instances are immutable and thread-safe; equality is structural.</para>
/// </remarks>
[JsonConverter(typeof(WeeklyScheduleJsonConverter))]
public sealed class WeeklySchedule : IEquatable<WeeklySchedule>
{
    private static readonly string[] ShortNames = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

    // Index 0 is Monday, 6 is Sunday (IsoDayOfWeek - 1); each array sorted by start.
    private readonly OpeningPeriod[][] _days;

    private WeeklySchedule(OpeningPeriod[][] days, string? comment)
    {
        _days = days;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }

    /// <summary>Gets the days of the week in ISO order, Monday first.</summary>
    public static IReadOnlyList<IsoDayOfWeek> DaysOfWeek { get; } =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    /// <summary>Gets a schedule closed every day.</summary>
    public static WeeklySchedule Closed { get; } = new([.. DaysOfWeek.Select(_ => Array.Empty<OpeningPeriod>())], null);

    /// <summary>Gets a schedule open all day every day (OSM <c>24/7</c>).</summary>
    public static WeeklySchedule AlwaysOpen { get; } = new([.. DaysOfWeek.Select(_ => new[] { OpeningPeriod.WholeDay })], null);

    /// <summary>Gets the comment, or null.</summary>
    public string? Comment { get; }

    /// <summary>Gets a value indicating whether no day has any opening period.</summary>
    public bool IsAlwaysClosed => _days.All(d => d.Length == 0);

    /// <summary>Gets the days with at least one opening period, Monday first.</summary>
    public IReadOnlyList<IsoDayOfWeek> OpenDays => [.. DaysOfWeek.Where(d => _days[Index(d)].Length > 0)];

    /// <summary>Gets the total opening time of the week.</summary>
    public Duration WeeklyOpenTime => Duration.FromMinutes(_days.Sum(d => d.Sum(p => p.EndMinutes - p.StartMinutes)));

    /// <summary>Creates a schedule from periods by day.</summary>
    /// <param name="periods">The periods, each with its day; any order.</param>
    /// <param name="comment">A comment, or null.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null.</exception>
    /// <exception cref="ProblemException">Two periods of a day overlap, or a period or day is not valid.</exception>
    public static WeeklySchedule Create(IEnumerable<(IsoDayOfWeek Day, OpeningPeriod Period)> periods, string? comment = null) =>
        TryCreate(periods, comment, out WeeklySchedule? schedule, out ValidationReport report)
            ? schedule
            : throw new ProblemException(report);

    /// <summary>Tries to create a schedule, reporting every overlap (path: the day name, e.g. <c>monday</c>).</summary>
    /// <param name="periods">The periods, each with its day; any order.</param>
    /// <param name="comment">A comment, or null.</param>
    /// <param name="schedule">The schedule when valid.</param>
    /// <param name="report">The problems found (empty when valid).</param>
    /// <returns><see langword="true"/> when the periods make a schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null.</exception>
    public static bool TryCreate(
        IEnumerable<(IsoDayOfWeek Day, OpeningPeriod Period)> periods,
        string? comment,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WeeklySchedule? schedule,
        out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var days = new List<OpeningPeriod>?[7]; // A list only for the days that have periods.
        foreach ((IsoDayOfWeek day, OpeningPeriod period) in periods)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday || period.IsDefault)
            {
                throw new ArgumentException("Every period needs a day of the week and a non-default period.", nameof(periods));
            }

            (days[Index(day)] ??= new List<OpeningPeriod>(2)).Add(period);
        }

        List<Problem>? problems = null;
        var week = new OpeningPeriod[7][];
        for (int i = 0; i < 7; i++)
        {
            if (days[i] is not { } list)
            {
                week[i] = [];
                continue;
            }

            list.Sort();
            for (int j = 1; j < list.Count; j++)
            {
                if (list[j - 1].Overlaps(list[j]))
                {
                    (problems ??= []).Add(new Problem(ScheduleProblemDefinitions.PeriodsOverlap, DayName(DaysOfWeek[i]), new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        ["first"] = list[j - 1].ToString(),
                        ["second"] = list[j].ToString(),
                    }));
                }
            }

            week[i] = [.. list];
        }

        report = problems is null ? ValidationReport.Valid : new ValidationReport(problems);
        schedule = problems is null ? new WeeklySchedule(week, comment) : null;
        return schedule is not null;
    }

    /// <summary>
    /// A schedule of seven days (index 0 is Monday) whose periods are already sorted by start and free of overlaps, as
    /// <see cref="TryCreate"/> would make them; the arrays are kept, not copied, so a reader may share a day between
    /// schedules (they are never written to).
    /// </summary>
    internal static WeeklySchedule FromCheckedDays(OpeningPeriod[][] days, string? comment)
    {
        System.Diagnostics.Debug.Assert(days.Length == 7 && days.All(d => d is not null && d.Zip(d.Skip(1)).All(p => p.First.CompareTo(p.Second) < 0 && !p.First.Overlaps(p.Second))));
        return new(days, comment);
    }

    /// <summary>Gets the JSON and document name of a day: <c>monday</c> … <c>sunday</c>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>Its name.</returns>
    public static string DayName(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "monday",
        IsoDayOfWeek.Tuesday => "tuesday",
        IsoDayOfWeek.Wednesday => "wednesday",
        IsoDayOfWeek.Thursday => "thursday",
        IsoDayOfWeek.Friday => "friday",
        IsoDayOfWeek.Saturday => "saturday",
        IsoDayOfWeek.Sunday => "sunday",
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week."),
    };

    /// <summary>Gets the opening periods of a day, in order.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The periods; empty when closed that day.</returns>
    public IReadOnlyList<OpeningPeriod> GetPeriods(IsoDayOfWeek day) => _days[Index(day)];

    /// <summary>Tells whether the place is open at a time on a day of the week.</summary>
    /// <param name="day">The day.</param>
    /// <param name="time">The time of day.</param>
    /// <returns><see langword="true"/> when a period of that day contains the time.</returns>
    public bool IsOpenAt(IsoDayOfWeek day, LocalTime time) => _days[Index(day)].Any(p => p.Contains(time));

    /// <summary>Returns the same schedule with another comment.</summary>
    /// <param name="comment">The comment, or null.</param>
    /// <returns>A new schedule.</returns>
    public WeeklySchedule WithComment(string? comment) => new(_days, comment);

    /// <inheritdoc />
    public bool Equals(WeeklySchedule? other) =>
        other is not null
        && string.Equals(Comment, other.Comment, StringComparison.Ordinal)
        && _days.Zip(other._days).All(p => p.First.AsSpan().SequenceEqual(p.Second));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WeeklySchedule);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (OpeningPeriod[] day in _days)
        {
            hash.Add(day.Length);
            foreach (OpeningPeriod period in day)
            {
                hash.Add(period);
            }
        }

        hash.Add(Comment, StringComparer.Ordinal);
        return hash.GetHashCode();
    }

    /// <summary>
    /// Returns a readable form, one group a day: <c>Mo 09:00-12:00,13:30-17:00; Tu 09:00-12:00</c>, or <c>closed</c>.
    /// (The OSM opening_hours syntax, with its day ranges, belongs to the interop formats.)
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        for (int i = 0; i < 7; i++)
        {
            if (_days[i].Length == 0)
            {
                continue;
            }

            builder.Append(builder.Length == 0 ? string.Empty : "; ").Append(ShortNames[i]).Append(' ')
                .AppendJoin(',', _days[i].Select(p => p.ToString()));
        }

        if (builder.Length == 0)
        {
            builder.Append("closed");
        }

        return Comment is null ? builder.ToString() : builder.Append(" \"").Append(Comment).Append('"').ToString();
    }

    private static int Index(IsoDayOfWeek day) =>
        day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday
            ? (int)day - 1
            : throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week.");
}

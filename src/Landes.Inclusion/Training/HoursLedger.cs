using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>
/// The hours of a set of training sessions, exact to the minute: the total, per kind, per ISO week (keyed by the
/// week's Monday) and per calendar year. Every breakdown sums to <see cref="Total"/>.
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class HoursLedger
{
    private readonly long[] _byKind;

    private HoursLedger(long[] byKind, SortedDictionary<LocalDate, Duration> perWeek, SortedDictionary<int, Duration> perYear)
    {
        _byKind = byKind;
        PerWeek = perWeek;
        PerCalendarYear = perYear;
        Total = Duration.FromMinutes(byKind.Sum());
    }

    /// <summary>Gets the total time of the sessions.</summary>
    public Duration Total { get; }

    /// <summary>Gets the time of lessons: every kind but <see cref="TrainingSessionKind.Stage"/>.</summary>
    public Duration Lessons => Total - Stage;

    /// <summary>Gets the time of stage.</summary>
    public Duration Stage => Of(TrainingSessionKind.Stage);

    /// <summary>Gets the time per ISO week, keyed by the week's Monday, in date order.</summary>
    public IReadOnlyDictionary<LocalDate, Duration> PerWeek { get; }

    /// <summary>Gets the time per calendar year, in year order.</summary>
    public IReadOnlyDictionary<int, Duration> PerCalendarYear { get; }

    /// <summary>Builds the ledger of a set of sessions.</summary>
    /// <param name="sessions">The sessions, in any order.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sessions"/> is null.</exception>
    public static HoursLedger Of(IEnumerable<TrainingSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        long[] byKind = new long[KindCount];
        var perWeek = new SortedDictionary<LocalDate, Duration>();
        var perYear = new SortedDictionary<int, Duration>();
        foreach (TrainingSession session in sessions)
        {
            byKind[KindIndex(session.Kind)] += session.Minutes;
            Duration duration = session.Duration;
            LocalDate monday = session.Date.PlusDays(1 - (int)session.Date.DayOfWeek);
            perWeek[monday] = perWeek.GetValueOrDefault(monday) + duration;
            perYear[session.Date.Year] = perYear.GetValueOrDefault(session.Date.Year) + duration;
        }

        return new HoursLedger(byKind, perWeek, perYear);
    }

    /// <summary>Gets the time of one kind of session.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The time.</returns>
    public Duration Of(TrainingSessionKind kind) => Duration.FromMinutes(_byKind[KindIndex(kind)]);

    internal const int KindCount = 4;

    internal static int KindIndex(TrainingSessionKind kind) => kind switch
    {
        TrainingSessionKind.InCentre => 0,
        TrainingSessionKind.InStructure => 1,
        TrainingSessionKind.Stage => 2,
        TrainingSessionKind.Remote => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a session kind."),
    };

    /// <summary>Sums lesson and stage minutes of the sessions held by a date, without allocating (the compliance check's path).</summary>
    internal static void SumMinutes(IReadOnlyList<TrainingSession> sessions, LocalDate asOf, out long lessonMinutes, out long stageMinutes)
    {
        long lessons = 0;
        long stage = 0;
        int count = sessions.Count;
        for (int i = 0; i < count; i++)
        {
            TrainingSession session = sessions[i];
            if (session.Date > asOf)
            {
                continue; // Planned, not done yet.
            }

            if (session.Kind == TrainingSessionKind.Stage)
            {
                stage += session.Minutes;
            }
            else
            {
                lessons += session.Minutes;
            }
        }

        lessonMinutes = lessons;
        stageMinutes = stage;
    }
}

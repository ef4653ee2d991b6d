using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Schedules;
using NodaTime;

namespace Landes.Inclusion.Testing.Schedules;

/// <summary>FsCheck generators of opening periods and weekly schedules (valid by construction).</summary>
public static class ScheduleGenerators
{
    /// <summary>Gets a generator of opening periods on a quarter-hour grid, some running to 24:00.</summary>
    public static Gen<OpeningPeriod> OpeningPeriod { get; } =
        from start in Gen.Choose(0, 95)
        from length in Gen.Choose(1, 96 - start)
        select Create(start * 15, (start + length) * 15);

    /// <summary>Gets a generator of one day's periods: 0 to 3 periods that never overlap, in order.</summary>
    public static Gen<IReadOnlyList<OpeningPeriod>> DayPeriods { get; } =
        from cuts in Gen.ListOf(Gen.Choose(0, 96), 6)
        select (IReadOnlyList<OpeningPeriod>)Periods([.. cuts.Take(cuts.Count - (cuts.Count % 2)).Distinct().Order()]);

    /// <summary>Gets a generator of weekly schedules, with or without a comment.</summary>
    public static Gen<WeeklySchedule> WeeklySchedule { get; } =
        from days in Gen.ArrayOf(DayPeriods, 7)
        from comment in Gen.Elements<string?>(null, null, "sur rendez-vous", "fermé pendant les vacances scolaires")
        select Landes.Inclusion.Schedules.WeeklySchedule.Create(
            days.SelectMany((periods, i) => periods.Select(p => (Landes.Inclusion.Schedules.WeeklySchedule.DaysOfWeek[i], p))),
            comment);

    private static List<OpeningPeriod> Periods(int[] quarterCuts)
    {
        var periods = new List<OpeningPeriod>();
        for (int i = 0; i + 1 < quarterCuts.Length; i += 2)
        {
            periods.Add(Create(quarterCuts[i] * 15, quarterCuts[i + 1] * 15));
        }

        return periods;
    }

    private static OpeningPeriod Create(int startMinutes, int endMinutes) =>
        Landes.Inclusion.Schedules.OpeningPeriod.Create(
            LocalTime.FromMinutesSinceMidnight(startMinutes),
            endMinutes == 24 * 60 ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(endMinutes));
}

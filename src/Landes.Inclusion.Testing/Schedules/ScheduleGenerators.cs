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

    /// <summary>
    /// Gets a generator of OSM opening_hours texts in the subset the library reads, each with the schedule it means:
    /// rules in any order, days as ranges or lists, spaces after commas or not, an optional leading <c>off</c> rule,
    /// an optional <c>PH off</c> and the comment attached to a rule or standing alone.
    /// </summary>
    /// <remarks>Declared after <see cref="WeeklySchedule"/>, which it uses (static initialisers run in textual order).</remarks>
    public static Gen<(string Text, WeeklySchedule Schedule)> OsmOpeningHoursWithSchedule { get; } =
        from schedule in WeeklySchedule
        from seed in Gen.Choose(0, int.MaxValue)
        select (OsmText(schedule, new Random(seed)), schedule);

    /// <summary>Gets a generator of OSM opening_hours texts in the subset the library reads (see <see cref="OsmOpeningHoursWithSchedule"/>).</summary>
    public static Gen<string> OsmOpeningHours { get; } = OsmOpeningHoursWithSchedule.Select(p => p.Text);

    private static readonly string[] OsmDays = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

    private static string OsmText(Landes.Inclusion.Schedules.WeeklySchedule schedule, Random random)
    {
        // Group days with identical hours, then write each group as a list or, when consecutive, a range.
        var groups = new List<(List<int> Days, string Times)>();
        for (int d = 0; d < 7; d++)
        {
            IReadOnlyList<OpeningPeriod> periods = schedule.GetPeriods(Landes.Inclusion.Schedules.WeeklySchedule.DaysOfWeek[d]);
            if (periods.Count == 0)
            {
                continue;
            }

            string times = string.Join(random.Next(2) == 0 ? "," : ", ", periods.Select(p => p.ToString()));
            (List<int> Days, string Times) group = groups.FirstOrDefault(g => g.Times.Replace(" ", string.Empty, StringComparison.Ordinal) == times.Replace(" ", string.Empty, StringComparison.Ordinal));
            if (group.Days is null || random.Next(3) == 0)
            {
                groups.Add(([d], times));
            }
            else
            {
                group.Days.Add(d);
            }
        }

        var rules = groups.OrderBy(_ => random.Next()).Select(g => DaysText(g.Days, random) + " " + g.Times).ToList();
        if (rules.Count == 0 || random.Next(4) == 0)
        {
            rules.Insert(0, random.Next(2) == 0 ? "off" : "Mo-Su off");
        }

        if (schedule.Comment is { } comment)
        {
            if (random.Next(2) == 0)
            {
                rules.Add("\"" + comment + "\"");
            }
            else
            {
                int index = random.Next(rules.Count);
                rules[index] += " \"" + comment + "\"";
            }
        }

        if (random.Next(3) == 0)
        {
            rules.Add("PH off");
        }

        return string.Join(random.Next(2) == 0 ? "; " : ";", rules);
    }

    private static string DaysText(List<int> days, Random random)
    {
        bool consecutive = days.Count > 1 && days.Zip(days.Skip(1)).All(p => p.Second == p.First + 1);
        return consecutive && random.Next(2) == 0
            ? OsmDays[days[0]] + "-" + OsmDays[days[^1]]
            : string.Join(",", days.Select(d => OsmDays[d]));
    }

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

using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Tests.Training;

public sealed class TrainingScheduleTests
{
    [Fact]
    public void ProjectEndDate_105HoursFullTimeFromEasterWeek_SkipsEasterMondayAndMayDay()
    {
        // 14–18 April 2025: 35 h; 21 April is Easter Monday: 22–25 April, 28 h (63 h); 1 May is a holiday:
        // 28, 29, 30 April and 2 May, 28 h (91 h); 5 May (98 h) and 6 May (105 h).
        LocalDate end = TrainingSchedule.ProjectEndDate(new LocalDate(2025, 4, 14), Duration.FromHours(105), WeeklyRhythm.FullTime());

        Assert.Equal(new LocalDate(2025, 5, 6), end);
    }

    [Fact]
    public void ProjectEndDate_OneDayAWeek_CountsOnlyThatDay()
    {
        // CCP2+CCP3 rhythm: 7 h each Tuesday for 17 weeks from Tuesday 6 January 2026; no public holiday falls on
        // a Tuesday before May 2026 (Easter Monday is 6 April), so the 17th Tuesday is 28 April 2026.
        WeeklyRhythm tuesdays = WeeklyRhythm.On(420, IsoDayOfWeek.Tuesday);

        LocalDate end = TrainingSchedule.ProjectEndDate(new LocalDate(2026, 1, 6), Duration.FromHours(17 * 7), tuesdays);

        Assert.Equal(new LocalDate(2026, 4, 28), end);
    }

    [Fact]
    public void ProjectEndDate_ClosedDaysAndAlsaceMoselle_AreSkipped()
    {
        var start = new LocalDate(2026, 4, 2); // Thursday; 3 April is Good Friday, a holiday only in Alsace-Moselle.
        WeeklyRhythm rhythm = WeeklyRhythm.FullTime();

        Assert.Equal(new LocalDate(2026, 4, 3), TrainingSchedule.ProjectEndDate(start, Duration.FromHours(14), rhythm));
        Assert.Equal(new LocalDate(2026, 4, 7), TrainingSchedule.ProjectEndDate(start, Duration.FromHours(14), rhythm, alsaceMoselle: true));
        Assert.Equal(new LocalDate(2026, 4, 8), TrainingSchedule.ProjectEndDate(start, Duration.FromHours(14), rhythm, alsaceMoselle: true, closedDays: new HashSet<LocalDate> { new(2026, 4, 7) }));
    }

    [Fact]
    public void ProjectEndDate_PartialMinute_CountsAsAMinute()
    {
        var start = new LocalDate(2026, 6, 1); // Monday.
        WeeklyRhythm rhythm = WeeklyRhythm.On(60, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday);

        Assert.Equal(start, TrainingSchedule.ProjectEndDate(start, Duration.FromMinutes(60), rhythm));
        Assert.Equal(start.PlusDays(1), TrainingSchedule.ProjectEndDate(start, Duration.FromMinutes(60) + Duration.FromSeconds(1), rhythm));
        Assert.Equal(start, TrainingSchedule.ProjectEndDate(start, Duration.Zero, rhythm));
    }

    [Fact]
    public void ProjectEndDate_BadArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => TrainingSchedule.ProjectEndDate(new LocalDate(2026, 1, 1), Duration.FromHours(7), WeeklyRhythm.FullTime().With(IsoDayOfWeek.Monday, 0).With(IsoDayOfWeek.Tuesday, 0).With(IsoDayOfWeek.Wednesday, 0).With(IsoDayOfWeek.Thursday, 0).With(IsoDayOfWeek.Friday, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrainingSchedule.ProjectEndDate(new LocalDate(2026, 1, 1), Duration.FromHours(-1), WeeklyRhythm.FullTime()));
        Assert.Throws<ArgumentException>(() => WeeklyRhythm.On(420));
        Assert.Throws<ArgumentOutOfRangeException>(() => WeeklyRhythm.On(0, IsoDayOfWeek.Monday));
    }
}

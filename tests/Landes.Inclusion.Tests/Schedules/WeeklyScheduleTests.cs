using FsCheck.Fluent;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;
using Landes.Inclusion.Schedules;
using Landes.Inclusion.Testing.Schedules;
using Landes.Inclusion.Tests.Infrastructure;
using NodaTime;

namespace Landes.Inclusion.Tests.Schedules;

public sealed class WeeklyScheduleTests
{
    private static readonly WeeklyScheduleJsonConverter Converter = new();

    [Theory]
    [InlineData("09:00-12:00", "09:00-12:00", 180)]
    [InlineData(" 13:30 - 17:00 ", "13:30-17:00", 210)]
    [InlineData("18:00-24:00", "18:00-24:00", 360)]
    [InlineData("18:00-00:00", "18:00-24:00", 360)]
    [InlineData("00:00-24:00", "00:00-24:00", 1440)]
    public void OpeningPeriod_Parse_GivesCanonicalForm(string text, string canonical, int minutes)
    {
        OpeningPeriod period = OpeningPeriod.Parse(text);

        Assert.Equal(canonical, period.ToString());
        Assert.Equal(Duration.FromMinutes(minutes), period.Length);
    }

    [Theory]
    [InlineData("9:00-12:00", ScheduleProblemCodes.PeriodFormat)]
    [InlineData("09:00", ScheduleProblemCodes.PeriodFormat)]
    [InlineData("25:00-26:00", ScheduleProblemCodes.PeriodFormat)]
    [InlineData("24:00-24:00", ScheduleProblemCodes.PeriodFormat)]
    [InlineData("12:00-09:00", ScheduleProblemCodes.PeriodNotAfterStart)]
    [InlineData("12:00-12:00", ScheduleProblemCodes.PeriodNotAfterStart)]
    [InlineData("22:00-02:00", ScheduleProblemCodes.PeriodNotAfterStart)]
    public void OpeningPeriod_TryParse_Rejects(string text, string code)
    {
        Assert.False(OpeningPeriod.TryParse(text, out _, out Problem? problem));
        Assert.Equal(code, problem.Code);
    }

    [Fact]
    public void OpeningPeriod_ContainsIsHalfOpen()
    {
        OpeningPeriod morning = OpeningPeriod.Parse("09:00-12:00");

        Assert.True(morning.Contains(new LocalTime(9, 0)));
        Assert.True(morning.Contains(new LocalTime(11, 59)));
        Assert.False(morning.Contains(new LocalTime(12, 0)));
        Assert.False(morning.Overlaps(OpeningPeriod.Parse("12:00-14:00")));
        Assert.True(morning.Overlaps(OpeningPeriod.Parse("11:30-14:00")));
    }

    [Fact]
    public void Create_FranceServicesHours_AnswersQuestions()
    {
        // Valserhône's France Services (ANCT list, 2024-08-01): Tuesday "09:00 - 12:00 / 13:30 - 17:00".
        WeeklySchedule schedule = WeeklySchedule.Create(
        [
            (IsoDayOfWeek.Tuesday, OpeningPeriod.Parse("13:30-17:00")),
            (IsoDayOfWeek.Tuesday, OpeningPeriod.Parse("09:00-12:00")),
            (IsoDayOfWeek.Monday, OpeningPeriod.Parse("13:30-17:00")),
        ]);

        Assert.Equal(["09:00-12:00", "13:30-17:00"], schedule.GetPeriods(IsoDayOfWeek.Tuesday).Select(p => p.ToString()));
        Assert.True(schedule.IsOpenAt(IsoDayOfWeek.Tuesday, new LocalTime(10, 0)));
        Assert.False(schedule.IsOpenAt(IsoDayOfWeek.Tuesday, new LocalTime(12, 30)));
        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday], schedule.OpenDays);
        Assert.Equal(Duration.FromMinutes(210 + 180 + 210), schedule.WeeklyOpenTime);
        Assert.Equal("Mo 13:30-17:00; Tu 09:00-12:00,13:30-17:00", schedule.ToString());
    }

    [Fact]
    public void TryCreate_OverlappingPeriods_ReportsEveryOverlapByDay()
    {
        bool created = WeeklySchedule.TryCreate(
            [
                (IsoDayOfWeek.Monday, OpeningPeriod.Parse("09:00-12:00")),
                (IsoDayOfWeek.Monday, OpeningPeriod.Parse("11:00-13:00")),
                (IsoDayOfWeek.Friday, OpeningPeriod.Parse("08:00-18:00")),
                (IsoDayOfWeek.Friday, OpeningPeriod.Parse("14:00-15:00")),
            ],
            null,
            out WeeklySchedule? schedule,
            out ValidationReport report);

        Assert.False(created);
        Assert.Null(schedule);
        Assert.Equal([("monday", ScheduleProblemCodes.PeriodsOverlap), ("friday", ScheduleProblemCodes.PeriodsOverlap)], report.Problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void Json_IsOpenDaysThenComment()
    {
        WeeklySchedule schedule = WeeklySchedule.Create(
            [(IsoDayOfWeek.Wednesday, OpeningPeriod.Parse("09:00-12:00")), (IsoDayOfWeek.Monday, OpeningPeriod.Parse("14:00-24:00"))],
            "sur rendez-vous");

        Assert.Equal("""{"monday":["14:00-24:00"],"wednesday":["09:00-12:00"],"comment":"sur rendez-vous"}""", Write(schedule));
        Assert.Equal("{}", Write(WeeklySchedule.Closed));
    }

    [Fact]
    public void Json_WithSeveralProblems_ReportsEachWithItsPath()
    {
        ProblemJsonException exception = Assert.Throws<ProblemJsonException>(() =>
            Read("""{"monday":["09:00-12:00","9h-12h"],"funday":["09:00-10:00"],"friday":"09:00-12:00","sunday":["12:00-10:00", 3],"comment":1}"""));

        Assert.Equal(
            [
                ("monday[1]", ScheduleProblemCodes.PeriodFormat),
                ("funday", ScheduleProblemCodes.UnknownDay),
                ("friday", JsonProblemCodes.WrongType),
                ("sunday[0]", ScheduleProblemCodes.PeriodNotAfterStart),
                ("sunday[1]", JsonProblemCodes.WrongType),
                ("comment", JsonProblemCodes.WrongType),
            ],
            exception.Problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void Json_RepeatedAndEscapedNames_AreReportedOnceEach()
    {
        ProblemJsonException exception = Assert.Throws<ProblemJsonException>(() =>
            Read("""{"monday":["09:00-12:00"],"mond\u0061y":["14:00-15:00"],"funday":[],"funday":[],"comment":"a","comment":"b","tuesday":["10:00-11:00","10:00-11:0\u0030"]}"""));

        Assert.Equal(
            [
                ("monday", JsonProblemCodes.DuplicateProperty),
                ("funday", ScheduleProblemCodes.UnknownDay),
                ("funday", JsonProblemCodes.DuplicateProperty),
                ("comment", JsonProblemCodes.DuplicateProperty),
            ],
            exception.Problems.Select(p => (p.Path, p.Code)));
        Assert.Equal("Tu 10:00-11:00", OsmOpeningHours.Format(Read("""{"tuesday":["10:00-11:0\u0030"]}""")));
    }

    [Fact]
    public void Json_Overlap_IsReported()
    {
        ProblemJsonException exception = Assert.Throws<ProblemJsonException>(() => Read("""{"monday":["09:00-12:00","11:00-14:00"]}"""));

        Assert.Equal(("monday", ScheduleProblemCodes.PeriodsOverlap), (exception.Problem.Path, exception.Problem.Code));
    }

    [Fact]
    public void Property_JsonRoundTrip_IsIdentity() =>
        Properties.ForAll(ScheduleGenerators.WeeklySchedule, s => Read(Write(s)).Equals(s) && Write(Read(Write(s))) == Write(s));

    [Fact]
    public void Property_WeeklyOpenTime_IsTheSumOfThePeriods() =>
        Properties.ForAll(ScheduleGenerators.WeeklySchedule, s =>
            s.WeeklyOpenTime == WeeklySchedule.DaysOfWeek.SelectMany(s.GetPeriods).Aggregate(Duration.Zero, (sum, p) => sum + p.Length)
            && s.WeeklyOpenTime <= Duration.FromDays(7));

    [Fact]
    public void Property_PeriodTextRoundTrip_IsIdentity() =>
        Properties.ForAll(ScheduleGenerators.OpeningPeriod, p => OpeningPeriod.Parse(p.ToString()) == p);

    [Fact]
    public void Property_IsOpenAt_AgreesWithThePeriods() =>
        Properties.ForAll(
            from s in ScheduleGenerators.WeeklySchedule
            from day in Gen.Elements(WeeklySchedule.DaysOfWeek.ToArray())
            from minute in Gen.Choose(0, (24 * 60) - 1)
            select (s, day, time: LocalTime.FromMinutesSinceMidnight(minute)),
            c => c.s.IsOpenAt(c.day, c.time) == c.s.GetPeriods(c.day).Any(p => p.Contains(c.time)));

    private static string Write(WeeklySchedule schedule) => ConverterJson.Write(Converter, schedule);

    private static WeeklySchedule Read(string json) => ConverterJson.Read(Converter, json);
}

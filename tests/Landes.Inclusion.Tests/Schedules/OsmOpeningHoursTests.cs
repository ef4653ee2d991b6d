using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Schedules;
using Landes.Inclusion.Testing.Schedules;
using Landes.Inclusion.Tests.Infrastructure;
using NodaTime;

namespace Landes.Inclusion.Tests.Schedules;

public sealed class OsmOpeningHoursTests
{
    [Theory]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00", "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00")]
    [InlineData("Mo-Fr 08:30-12:30; PH off", "Mo-Fr 08:30-12:30")]
    [InlineData("Mo,We 09:00-12:00", "Mo,We 09:00-12:00")]
    [InlineData("Mo,Tu,We 09:00-12:00", "Mo-We 09:00-12:00")]
    [InlineData("Mo-Fr 09:00-12:00; We off", "Mo,Tu,Th,Fr 09:00-12:00")]
    [InlineData("Mo-Fr 09:00-12:00; We 14:00-16:00", "Mo,Tu,Th,Fr 09:00-12:00; We 14:00-16:00")]
    [InlineData("Mo 09:00-12:00, We 14:00-16:00", "Mo 09:00-12:00; We 14:00-16:00")]
    [InlineData("Mo-Fr 09:00-12:00, 14:00-17:00", "Mo-Fr 09:00-12:00,14:00-17:00")]
    [InlineData("Sa-Mo 10:00-12:00", "Mo,Sa,Su 10:00-12:00")]
    [InlineData("24/7", "24/7")]
    [InlineData("Mo-Su 00:00-24:00", "24/7")]
    [InlineData("off", "off")]
    [InlineData("closed", "off")]
    [InlineData("10:00-18:00", "Mo-Su 10:00-18:00")]
    [InlineData("Mo-Fr", "Mo-Fr 00:00-24:00")]
    [InlineData("Mo-Fr 09:00-12:00 \"sur rendez-vous\"", "Mo-Fr 09:00-12:00 \"sur rendez-vous\"")]
    [InlineData("Mo-Fr 09:00-12:00; \"sur rendez-vous\"", "Mo-Fr 09:00-12:00 \"sur rendez-vous\"")]
    [InlineData("Mo 09:00-12:00 \"matin; sur rdv\"", "Mo 09:00-12:00 \"matin; sur rdv\"")]
    [InlineData("Mo-Fr 09:00-12:00; Su,PH off", "Mo-Fr 09:00-12:00")]
    [InlineData("Mo-Fr 09:00-12:00 open;", "Mo-Fr 09:00-12:00")]
    public void Parse_SubsetExamples_GiveCanonicalForm(string text, string canonical)
    {
        WeeklySchedule schedule = OsmOpeningHours.Parse(text);

        Assert.Equal(canonical, OsmOpeningHours.Format(schedule));
    }

    [Fact]
    public void Parse_StandardExample_GivesTheWeek()
    {
        WeeklySchedule schedule = OsmOpeningHours.Parse("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00");

        Assert.Equal(["09:00-12:00", "14:00-18:30"], schedule.GetPeriods(IsoDayOfWeek.Friday).Select(p => p.ToString()));
        Assert.Equal(["08:30-12:00"], schedule.GetPeriods(IsoDayOfWeek.Saturday).Select(p => p.ToString()));
        Assert.Empty(schedule.GetPeriods(IsoDayOfWeek.Sunday));
        Assert.Null(schedule.Comment);
    }

    [Theory]
    [InlineData("Jan-Mar Mo-Fr 09:00-12:00", "Jan-Mar Mo-Fr 09:00-12:00")]
    [InlineData("Mo-Fr 09:00-12:00; SH off", "SH off")]
    [InlineData("Mo-Fr 09:00-12:00; PH 10:00-12:00", "PH 10:00-12:00")]
    [InlineData("Mo-Su,PH 09:00-18:00", "Mo-Su,PH 09:00-18:00")]
    [InlineData("Mo[1] 09:00-12:00", "Mo[1] 09:00-12:00")]
    [InlineData("Mo-Fr sunrise-sunset", "sunrise-sunset")]
    [InlineData("Mo-Fr 09:00-12:00 || \"sur rendez-vous\"", "|| \"sur rendez-vous\"")]
    [InlineData("week 1-26 Mo 09:00-12:00", "week 1-26 Mo 09:00-12:00")]
    [InlineData("2024 Mo 09:00-12:00", "2024 Mo 09:00-12:00")]
    [InlineData("Mo 10:00+", "10:00+")]
    public void TryParse_BeyondTheSubset_NamesTheUnsupportedPart(string text, string part)
    {
        Assert.False(OsmOpeningHours.TryParse(text, out WeeklySchedule? schedule, out ValidationReport report));

        Assert.Null(schedule);
        Problem problem = Assert.Single(report.Problems);
        Assert.Equal(OpeningHoursProblemCodes.Unsupported, problem.Code);
        Assert.Equal(part, problem.Arguments["part"]);
        Assert.Equal(text, problem.Arguments["value"]);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("Lundi 9h-12h", "Lundi 9h-12h")]
    [InlineData("Mo-Fr 09:00-12:00 \"unclosed", "\"unclosed")]
    [InlineData("Mo-Xx 09:00-12:00", "Mo-Xx 09:00-12:00")]
    public void TryParse_NotOpeningHours_IsMalformed(string text, string part)
    {
        Assert.False(OsmOpeningHours.TryParse(text, out _, out ValidationReport report));

        Problem problem = Assert.Single(report.Problems);
        Assert.Equal(OpeningHoursProblemCodes.Malformed, problem.Code);
        Assert.Equal(part, problem.Arguments["part"]);
    }

    [Theory]
    [InlineData("Mo 12:00-09:00", ScheduleProblemCodes.PeriodNotAfterStart)]
    [InlineData("Mo 09:00-26:00", ScheduleProblemCodes.PeriodFormat)]
    [InlineData("Mo 9:00-12:00", ScheduleProblemCodes.PeriodFormat)]
    [InlineData("Mo 09:00-12:00,11:00-13:00", ScheduleProblemCodes.PeriodsOverlap)]
    public void TryParse_BadPeriods_ReportTheScheduleCode(string text, string code)
    {
        Assert.False(OsmOpeningHours.TryParse(text, out _, out ValidationReport report));

        Assert.Equal(code, Assert.Single(report.Problems).Code);
    }

    [Fact]
    public void TryParse_SeveralBadRules_ReportsEachOne()
    {
        Assert.False(OsmOpeningHours.TryParse("Jan Mo 09:00-12:00; Tu 12:00-09:00; We 09:00-12:00", out _, out ValidationReport report));

        Assert.Equal([OpeningHoursProblemCodes.Unsupported, ScheduleProblemCodes.PeriodNotAfterStart], report.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Parse_Invalid_ThrowsWithTheReport()
    {
        ProblemException exception = Assert.Throws<ProblemException>(() => OsmOpeningHours.Parse("SH off"));

        Assert.Equal(OpeningHoursProblemCodes.Unsupported, Assert.Single(exception.Report.Problems).Code);
    }

    [Fact]
    public void Format_PublicHolidaysOff_EndsWithThePhRule()
    {
        WeeklySchedule schedule = OsmOpeningHours.Parse("Mo-Fr 08:30-12:30");

        Assert.Equal("Mo-Fr 08:30-12:30; PH off", OsmOpeningHours.Format(schedule, publicHolidaysOff: true));
        Assert.Equal("off", OsmOpeningHours.Format(WeeklySchedule.Closed, publicHolidaysOff: true));
        Assert.Equal(schedule, OsmOpeningHours.Parse(OsmOpeningHours.Format(schedule, publicHolidaysOff: true)));
    }

    [Fact]
    public void Format_CommentWithDoubleQuote_WritesASingleQuote()
    {
        WeeklySchedule schedule = WeeklySchedule.Closed.WithComment("dit \"sur rdv\"");

        Assert.Equal("off \"dit 'sur rdv'\"", OsmOpeningHours.Format(schedule));
    }

    [Fact]
    public void Property_FormatThenParse_IsIdentity() =>
        Properties.ForAll(ScheduleGenerators.WeeklySchedule, s => OsmOpeningHours.Parse(OsmOpeningHours.Format(s)).Equals(s));

    [Fact]
    public void Property_ParseThenFormat_IsStable() =>
        Properties.ForAll(ScheduleGenerators.OsmOpeningHours, text =>
        {
            string once = OsmOpeningHours.Format(OsmOpeningHours.Parse(text));
            return OsmOpeningHours.Format(OsmOpeningHours.Parse(once)) == once;
        });

    [Fact]
    public void Property_GeneratedOsmText_ParsesToTheGeneratedSchedule() =>
        Properties.ForAll(ScheduleGenerators.OsmOpeningHoursWithSchedule, pair => OsmOpeningHours.Parse(pair.Text).Equals(pair.Schedule));
}

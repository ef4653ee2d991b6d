using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Tests.Training;

public sealed class FrenchPublicHolidaysTests
{
    [Theory]
    [InlineData(2019, 4, 21)]
    [InlineData(2021, 4, 4)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    [InlineData(1943, 4, 25)]
    public void EasterSunday_KnownYears_IsTheGregorianDate(int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), FrenchPublicHolidays.EasterSunday(year));

    [Fact]
    public void For_2025_ListsTheElevenDaysOfL3133_1()
    {
        LocalDate[] expected =
        [
            new(2025, 1, 1), new(2025, 4, 21), new(2025, 5, 1), new(2025, 5, 8), new(2025, 5, 29), new(2025, 6, 9),
            new(2025, 7, 14), new(2025, 8, 15), new(2025, 11, 1), new(2025, 11, 11), new(2025, 12, 25),
        ];

        Assert.Equal(expected, FrenchPublicHolidays.For(2025).Select(h => h.Date));
        Assert.Equal("Lundi de Pentecôte", FrenchPublicHolidays.For(2025)[5].Name);
    }

    [Fact]
    public void For_AlsaceMoselle_AddsGoodFridayAndSaintStephen()
    {
        IReadOnlyList<PublicHoliday> days = FrenchPublicHolidays.For(2026, alsaceMoselle: true);

        Assert.Equal(13, days.Count);
        Assert.Contains(days, d => d.Date == new LocalDate(2026, 4, 3));
        Assert.Contains(days, d => d.Date == new LocalDate(2026, 12, 26));
        Assert.False(FrenchPublicHolidays.IsHoliday(new LocalDate(2026, 4, 3)));
        Assert.True(FrenchPublicHolidays.IsHoliday(new LocalDate(2026, 4, 3), alsaceMoselle: true));
    }

    [Fact]
    public void IsHoliday_AgreesWithFor_EveryDayOf1990To2100()
    {
        for (int year = 1990; year <= 2100; year++)
        {
            foreach (bool alsace in new[] { false, true })
            {
                var holidays = FrenchPublicHolidays.For(year, alsace).Select(h => h.Date).ToHashSet();
                for (LocalDate day = new(year, 1, 1); day.Year == year; day = day.PlusDays(1))
                {
                    Assert.True(holidays.Contains(day) == FrenchPublicHolidays.IsHoliday(day, alsace), $"{day} (Alsace-Moselle: {alsace})");
                }
            }
        }
    }

    [Fact]
    public void EasterSunday_BeforeTheGregorianCalendar_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FrenchPublicHolidays.EasterSunday(1500));
}

using Landes.Inclusion.Calendar;
using NodaTime;
using NodaTime.Testing;

namespace Landes.Inclusion.Tests;

public sealed class FrenchCalendarTests
{
    [Theory]
    [InlineData(2026, 11, 28, 22, 59, 2026, 11, 28)] // 23:59 in Paris (UTC+1 in winter)
    [InlineData(2026, 11, 28, 23, 0, 2026, 11, 29)]  // midnight in Paris
    [InlineData(2026, 7, 12, 21, 59, 2026, 7, 12)]   // 23:59 in Paris (UTC+2 in summer)
    [InlineData(2026, 7, 12, 22, 0, 2026, 7, 13)]
    public void Today_IsTheCalendarDayInParis(int y, int mo, int d, int h, int mi, int ey, int em, int ed) =>
        Assert.Equal(new LocalDate(ey, em, ed), FrenchCalendar.Today(new FakeClock(Instant.FromUtc(y, mo, d, h, mi))));

    [Fact]
    public void Today_NullClock_Throws() =>
        Assert.Throws<ArgumentNullException>(() => FrenchCalendar.Today(null!));
}

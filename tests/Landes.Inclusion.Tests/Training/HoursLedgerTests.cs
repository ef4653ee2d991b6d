using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Tests.Training;

public sealed class HoursLedgerTests
{
    [Fact]
    public void Of_SessionsAcrossAYearEnd_SplitsPerKindWeekAndYear()
    {
        TrainingSession[] sessions =
        [
            new() { Date = new LocalDate(2024, 12, 30), Minutes = 420, Kind = TrainingSessionKind.InCentre },   // Monday, ISO week 2025-W01.
            new() { Date = new LocalDate(2025, 1, 2), Minutes = 195, Kind = TrainingSessionKind.Remote },       // Same week, next year.
            new() { Date = new LocalDate(2025, 1, 6), Minutes = 420, Kind = TrainingSessionKind.Stage },
            new() { Date = new LocalDate(2025, 1, 7), Minutes = 90, Kind = TrainingSessionKind.InStructure },
        ];

        HoursLedger ledger = HoursLedger.Of(sessions);

        Assert.Equal(Duration.FromMinutes(1125), ledger.Total);
        Assert.Equal(Duration.FromMinutes(705), ledger.Lessons);
        Assert.Equal(Duration.FromHours(7), ledger.Stage);
        Assert.Equal(Duration.FromMinutes(195), ledger.Of(TrainingSessionKind.Remote));
        Assert.Equal(Duration.FromMinutes(90), ledger.Of(TrainingSessionKind.InStructure));
        Assert.Equal([new LocalDate(2024, 12, 30), new LocalDate(2025, 1, 6)], ledger.PerWeek.Keys);
        Assert.Equal(Duration.FromMinutes(615), ledger.PerWeek[new LocalDate(2024, 12, 30)]);
        Assert.Equal(Duration.FromMinutes(420), ledger.PerCalendarYear[2024]);
        Assert.Equal(Duration.FromMinutes(705), ledger.PerCalendarYear[2025]);
    }

    [Fact]
    public void Of_NoSession_IsZero()
    {
        HoursLedger ledger = HoursLedger.Of([]);

        Assert.Equal(Duration.Zero, ledger.Total);
        Assert.Empty(ledger.PerWeek);
        Assert.Empty(ledger.PerCalendarYear);
    }
}

namespace Landes.Inclusion.Schedules;

/// <summary>Codes of weekly opening schedules (area <c>SCH</c>).</summary>
/// <remarks>The codes are stable: programs may rely on them. Each code's severity and messages are in <see cref="ProblemCatalog"/>, and <c>docs/errors.md</c> lists them.</remarks>
public static class ScheduleProblemCodes
{
    /// <summary>An opening period is not of the form <c>HH:mm-HH:mm</c>.</summary>
    public const string PeriodFormat = "LI-SCH-001";

    /// <summary>An opening period does not end after it starts.</summary>
    public const string PeriodNotAfterStart = "LI-SCH-002";

    /// <summary>Two opening periods of the same day overlap.</summary>
    public const string PeriodsOverlap = "LI-SCH-003";

    /// <summary>A day of a schedule is not one of <c>monday</c> … <c>sunday</c>.</summary>
    public const string UnknownDay = "LI-SCH-004";
}

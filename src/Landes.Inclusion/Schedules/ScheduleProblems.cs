namespace Landes.Inclusion.Diagnostics;

public static partial class ProblemCodes
{
    /// <summary>Codes of weekly opening schedules (area <c>SCH</c>).</summary>
    public static class Schedules
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
}

/// <summary>The definitions of the <c>SCH</c> codes.</summary>
internal static class ScheduleProblemDefinitions
{
    public static IEnumerable<ProblemDefinition> All()
    {
        yield return ProblemCatalog.Error(ProblemCodes.Schedules.PeriodFormat,
            "« {value} » n'est pas une plage horaire : HH:mm-HH:mm attendu (24:00 permis en fin de plage).",
            "'{value}' is not an opening period: HH:mm-HH:mm expected (24:00 allowed as an end).");
        yield return ProblemCatalog.Error(ProblemCodes.Schedules.PeriodNotAfterStart,
            "La plage « {value} » ne finit pas après son début (une plage qui passe minuit se découpe sur deux jours).",
            "Period '{value}' does not end after it starts (a period past midnight is split over two days).");
        yield return ProblemCatalog.Error(ProblemCodes.Schedules.PeriodsOverlap,
            "Les plages « {first} » et « {second} » du même jour se chevauchent.",
            "Periods '{first}' and '{second}' of the same day overlap.");
        yield return ProblemCatalog.Error(ProblemCodes.Schedules.UnknownDay,
            "« {value} » n'est pas un jour (monday, tuesday, wednesday, thursday, friday, saturday, sunday).",
            "'{value}' is not a day (monday, tuesday, wednesday, thursday, friday, saturday, sunday).");
    }
}

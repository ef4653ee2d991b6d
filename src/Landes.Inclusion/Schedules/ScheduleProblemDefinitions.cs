using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Schedules;

/// <summary>The definitions of the <see cref="ScheduleProblemCodes"/>: default severity, French and English messages.</summary>
internal static class ScheduleProblemDefinitions
{
    internal static readonly ProblemDefinition PeriodFormat =
        ProblemDefinition.Error(ScheduleProblemCodes.PeriodFormat,
            "« {value} » n'est pas une plage horaire : HH:mm-HH:mm attendu (24:00 permis en fin de plage).",
            "'{value}' is not an opening period: HH:mm-HH:mm expected (24:00 allowed as an end).");

    internal static readonly ProblemDefinition PeriodNotAfterStart =
        ProblemDefinition.Error(ScheduleProblemCodes.PeriodNotAfterStart,
            "La plage « {value} » ne finit pas après son début (une plage qui passe minuit se découpe sur deux jours).",
            "Period '{value}' does not end after it starts (a period past midnight is split over two days).");

    internal static readonly ProblemDefinition PeriodsOverlap =
        ProblemDefinition.Error(ScheduleProblemCodes.PeriodsOverlap,
            "Les plages « {first} » et « {second} » du même jour se chevauchent.",
            "Periods '{first}' and '{second}' of the same day overlap.");

    internal static readonly ProblemDefinition UnknownDay =
        ProblemDefinition.Error(ScheduleProblemCodes.UnknownDay,
            "« {value} » n'est pas un jour (monday, tuesday, wednesday, thursday, friday, saturday, sunday).",
            "'{value}' is not a day (monday, tuesday, wednesday, thursday, friday, saturday, sunday).");

    /// <summary>Gets every definition of the area, in the order of the codes.</summary>
    internal static IReadOnlyList<ProblemDefinition> All { get; } =
    [
        PeriodFormat, PeriodNotAfterStart, PeriodsOverlap, UnknownDay,
    ];
}

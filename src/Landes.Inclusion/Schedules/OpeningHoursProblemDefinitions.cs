using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Schedules;

/// <summary>The definitions of the <see cref="OpeningHoursProblemCodes"/>: default severity, French and English messages.</summary>
internal static class OpeningHoursProblemDefinitions
{
    internal static readonly ProblemDefinition Unsupported =
        ProblemDefinition.Error(OpeningHoursProblemCodes.Unsupported,
            "« {part} » (dans « {value} ») est une syntaxe opening_hours que la bibliothèque ne lit pas : seuls les jours (Mo-Fr, Mo,We), les plages horaires, off, PH off, 24/7 et les commentaires entre guillemets le sont.",
            "'{part}' (in '{value}') is opening_hours syntax the library does not read: only days (Mo-Fr, Mo,We), time ranges, off, PH off, 24/7 and quoted comments are.");

    internal static readonly ProblemDefinition Malformed =
        ProblemDefinition.Error(OpeningHoursProblemCodes.Malformed,
            "« {part} » (dans « {value} ») n'est pas de la syntaxe opening_hours (exemple attendu : Mo-Fr 09:00-12:00,14:00-18:30; Sa 09:00-12:00).",
            "'{part}' (in '{value}') is not opening_hours syntax (expected e.g. Mo-Fr 09:00-12:00,14:00-18:30; Sa 09:00-12:00).");

    /// <summary>Gets every definition of the area, in the order of the codes.</summary>
    internal static IReadOnlyList<ProblemDefinition> All { get; } =
    [
        Unsupported, Malformed,
    ];
}

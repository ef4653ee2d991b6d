using System.Text.Json.Serialization;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>
/// A training programme as data: its rule periods, each with the paths it allows, the certifications it targets, the
/// exam deadline, the exemption and continuing-training rules, and where these rules come from. The CnFS programme is
/// embedded (<see cref="TrainingProgrammeCatalog.Default"/>); a user can load others with
/// <see cref="TrainingJson.Programme"/>. Format: <c>docs/training.md</c> and <c>docs/schemas/training-programme.schema.json</c>.
/// </summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class TrainingProgramme
{
    /// <summary>The schema version this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Gets the schema version of the document.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the programme's identifier, which enrolments name (for example <c>cnfs</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the programme's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets where the programme's rules come from, and their vintage.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the rule periods; a date falls under at most one (<see cref="TrainingProgrammeValidator"/> checks it).</summary>
    public required IReadOnlyList<RulePeriod> Periods { get; init; }

    /// <summary>Finds the period whose dates include a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The period, or null when no period covers the date.</returns>
    public RulePeriod? FindPeriod(LocalDate date)
    {
        IReadOnlyList<RulePeriod> periods = Periods;
        for (int i = 0; i < periods.Count; i++)
        {
            if (periods[i].Covers(date))
            {
                return periods[i];
            }
        }

        return null;
    }

    /// <summary>Finds a period by its identifier.</summary>
    /// <param name="id">The period identifier.</param>
    /// <returns>The period, or null.</returns>
    public RulePeriod? FindPeriod(string id) => Periods.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
}

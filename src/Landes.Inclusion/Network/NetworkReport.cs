using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Network;

/// <summary>
/// What a département needs to know about its network on a day: headcount, who holds which block of which title,
/// who is still in training and by when they must sit the exam, the hours followed by path, contract and post alerts,
/// territory coverage, and the rules engines' findings grouped by rule. Built by <see cref="NetworkReporter"/>;
/// schema <c>docs/schemas/network-report.schema.json</c>.
/// </summary>
/// <remarks>Immutable; thread-safe. Messages are in the language asked for when the report was built.</remarks>
public sealed class NetworkReport
{
    /// <summary>The schema version this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Gets the schema version of the document.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the network's name.</summary>
    public required string Network { get; init; }

    /// <summary>Gets the département.</summary>
    public required DepartementCode Departement { get; init; }

    /// <summary>Gets the day the report describes.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Gets the language of the messages.</summary>
    public required MessageLanguage Language { get; init; }

    /// <summary>Gets the headcount.</summary>
    public required ReportHeadcount Headcount { get; init; }

    /// <summary>Gets, per title version and block, how many advisors in post hold it.</summary>
    public required IReadOnlyList<BlockHolding> Blocks { get; init; }

    /// <summary>Gets, per title version, the certification outcomes of the advisors in post (rules R1–R6).</summary>
    public required IReadOnlyList<TitleOutcomes> Titles { get; init; }

    /// <summary>Gets the advisors in post still in initial training, with their exam deadline (R10).</summary>
    public required IReadOnlyList<AdvisorInTraining> InTraining { get; init; }

    /// <summary>Gets the initial training hours followed, by rule period and path (R7).</summary>
    public required IReadOnlyList<PathHours> HoursByPath { get; init; }

    /// <summary>Gets the contract and post alerts (R14, the 2025 refilling delay).</summary>
    public required IReadOnlyList<ReportItem> Alerts { get; init; }

    /// <summary>Gets the coverage summary of the département by the network's places, or null without places.</summary>
    public CoverageSummary? Coverage { get; init; }

    /// <summary>Gets the findings of the rules engines and checks, grouped by rule id.</summary>
    public required IReadOnlyList<FindingGroup> Findings { get; init; }
}

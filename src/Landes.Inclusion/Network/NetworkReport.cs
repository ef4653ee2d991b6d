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

/// <summary>Headcount of a network on a day.</summary>
public sealed class ReportHeadcount
{
    /// <summary>Gets the advisors in post (recruited, not left, a contract in force).</summary>
    public required int AdvisorsInPost { get; init; }

    /// <summary>Gets the advisors of the document who are not in post on that day (left, or not yet recruited).</summary>
    public required int AdvisorsNotInPost { get; init; }

    /// <summary>Gets the host structures employing at least one advisor in post.</summary>
    public required int StructuresWithAdvisors { get; init; }

    /// <summary>Gets the open posts.</summary>
    public required int OpenPosts { get; init; }

    /// <summary>Gets the open posts that no advisor in post holds.</summary>
    public required int VacantPosts { get; init; }

    /// <summary>Gets the places of the network.</summary>
    public required int Places { get; init; }
}

/// <summary>How many advisors in post hold a block (CCP) of a title version: "32 of 34 hold REMN CCP1".</summary>
public sealed class BlockHolding
{
    /// <summary>Gets the title version's id.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the title's short name (REMN, CMN…).</summary>
    public required string TitleName { get; init; }

    /// <summary>Gets the block number (1 for CCP1).</summary>
    public required int Block { get; init; }

    /// <summary>Gets the block's official label, when known.</summary>
    public string? Label { get; init; }

    /// <summary>Gets the advisors in post who obtained the block.</summary>
    public required int Holders { get; init; }

    /// <summary>Gets the advisors in post.</summary>
    public required int AdvisorsInPost { get; init; }

    /// <summary>Gets the ids of the advisors in post who do not hold it.</summary>
    public required IReadOnlyList<string> NotHeldBy { get; init; }
}

/// <summary>The certification outcomes of the advisors in post for one title version.</summary>
public sealed class TitleOutcomes
{
    /// <summary>Gets the title version's id.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the title's short name.</summary>
    public required string TitleName { get; init; }

    /// <summary>Gets the number of advisors who hold the whole title.</summary>
    public required int Certified { get; init; }

    /// <summary>Gets the number of advisors who hold some of its blocks and may still complete it.</summary>
    public required int Partial { get; init; }

    /// <summary>Gets the number of advisors whose blocks lapsed with the title's validity.</summary>
    public required int Lapsed { get; init; }

    /// <summary>Gets the number of advisors the data cannot decide for (an unpublished correspondence).</summary>
    public required int Undetermined { get; init; }

    /// <summary>Gets the number of advisors with no block of it.</summary>
    public required int NotStarted { get; init; }

    /// <summary>Gets the latest day a partial holder may still complete the title, when one applies.</summary>
    public LocalDate? Deadline { get; init; }
}

/// <summary>An advisor in post who has not finished initial training and its exams.</summary>
public sealed class AdvisorInTraining
{
    /// <summary>Gets the advisor's id.</summary>
    public required string AdvisorId { get; init; }

    /// <summary>Gets the advisor's name (personal data).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the recruitment day.</summary>
    public required LocalDate RecruitedOn { get; init; }

    /// <summary>Gets the training status.</summary>
    public required TrainingStatus Status { get; init; }

    /// <summary>Gets the rule period and path, as <c>period/path</c>, when known.</summary>
    public string? Path { get; init; }

    /// <summary>Gets the hours done so far (lessons and stage).</summary>
    public required decimal HoursDone { get; init; }

    /// <summary>Gets the hours the path requires, when known.</summary>
    public decimal? HoursRequired { get; init; }

    /// <summary>Gets the planned end of training, when known.</summary>
    public LocalDate? TrainingEnd { get; init; }

    /// <summary>Gets the last day to sit the exams (R10: 6 months after the end of training), when known.</summary>
    public LocalDate? ExamDueBy { get; init; }
}

/// <summary>Initial training hours followed on one path of one rule period.</summary>
public sealed class PathHours
{
    /// <summary>Gets the rule period's id (<c>cnfs-2021</c>…).</summary>
    public required string Period { get; init; }

    /// <summary>Gets the path's id.</summary>
    public required string Path { get; init; }

    /// <summary>Gets the hours the path requires (lessons and stage).</summary>
    public required decimal HoursRequired { get; init; }

    /// <summary>Gets the number of advisors in post on this path.</summary>
    public required int Advisors { get; init; }

    /// <summary>Gets the fewest hours done.</summary>
    public required decimal MinHours { get; init; }

    /// <summary>Gets the median of the hours done.</summary>
    public required decimal MedianHours { get; init; }

    /// <summary>Gets the most hours done.</summary>
    public required decimal MaxHours { get; init; }
}

/// <summary>One alert or finding about an advisor, a contract or a post.</summary>
public sealed class ReportItem
{
    /// <summary>Gets the rule id (R14…) or check the item comes from.</summary>
    public required string RuleId { get; init; }

    /// <summary>Gets the problem code, or for certification findings the finding kind.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the severity.</summary>
    public required ProblemSeverity Severity { get; init; }

    /// <summary>Gets the path of the item in the network document.</summary>
    public required string Path { get; init; }

    /// <summary>Gets the message, in the report's language.</summary>
    public required string Message { get; init; }
}

/// <summary>The findings of one rule.</summary>
public sealed class FindingGroup
{
    /// <summary>Gets the rule id (R1…R14, or NET for network checks).</summary>
    public required string RuleId { get; init; }

    /// <summary>Gets the rule's legal source.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the number of errors.</summary>
    public required int Errors { get; init; }

    /// <summary>Gets the number of warnings.</summary>
    public required int Warnings { get; init; }

    /// <summary>Gets the number of informative findings.</summary>
    public required int Information { get; init; }

    /// <summary>Gets the findings, errors first.</summary>
    public required IReadOnlyList<ReportItem> Items { get; init; }
}

/// <summary>The coverage of the département by the network's places (crow-fly distance: a proxy, not travel time).</summary>
public sealed class CoverageSummary
{
    /// <summary>Gets the population of the territory (INSEE, population municipale).</summary>
    public required long Population { get; init; }

    /// <summary>Gets the number of communes.</summary>
    public required int Communes { get; init; }

    /// <summary>Gets the number of places used.</summary>
    public required int Places { get; init; }

    /// <summary>Gets the population and its share within each distance threshold.</summary>
    public required IReadOnlyList<Territory.ThresholdCoverage> Thresholds { get; init; }

    /// <summary>Gets the largest gaps (population × distance beyond the coverage radius).</summary>
    public required IReadOnlyList<Territory.CoverageGap> LargestGaps { get; init; }

    /// <summary>Gets the data vintage (COG year, population year).</summary>
    public required Territory.GeographyVintage Vintage { get; init; }
}

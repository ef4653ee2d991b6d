using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Network;

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

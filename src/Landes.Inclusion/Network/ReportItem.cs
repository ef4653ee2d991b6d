using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Network;

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

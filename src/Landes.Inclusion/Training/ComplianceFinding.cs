using Landes.Inclusion.Diagnostics;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>
/// One finding of the training compliance check: the rule (R7…R12) and its source, the rule period that applied, and
/// the problem (code, path inside the enrolment, severity, message in French or English).
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class ComplianceFinding
{
    internal ComplianceFinding(string ruleId, string? periodId, Problem problem)
    {
        RuleId = ruleId;
        Source = TrainingRules.SourceOf(ruleId);
        PeriodId = periodId;
        Problem = problem;
    }

    /// <summary>Gets the rule's id (for example <c>R10</c>), as listed in <c>docs/rules.md</c>.</summary>
    public string RuleId { get; }

    /// <summary>Gets the rule's source.</summary>
    public string Source { get; }

    /// <summary>Gets the identifier of the rule period that applied, or null when none did.</summary>
    public string? PeriodId { get; }

    /// <summary>Gets the problem: code, path inside the enrolment, severity and message.</summary>
    public Problem Problem { get; }

    /// <summary>Gets the problem's stable code.</summary>
    public string Code => Problem.Code;

    /// <summary>Gets the problem's severity.</summary>
    public ProblemSeverity Severity => Problem.Severity;

    /// <summary>Gets the message in French.</summary>
    public string Message => Problem.Message;

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} ({PeriodId ?? "-"}) {Problem}";
}

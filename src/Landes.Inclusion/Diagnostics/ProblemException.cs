namespace Landes.Inclusion.Diagnostics;

/// <summary>
/// Thrown by the throwing members (<c>Parse</c>, <c>Read…OrThrow</c>) when the input has problems. Expected bad
/// input is better handled with the <c>TryParse</c> and <c>Read</c> members, which return the problems instead.
/// </summary>
public sealed class ProblemException : FormatException
{
    /// <summary>Initializes the exception from a report.</summary>
    /// <param name="report">The problems found.</param>
    public ProblemException(ValidationReport report)
        : base(BuildMessage(report))
    {
        Report = report;
    }

    /// <summary>Initializes the exception from a single problem.</summary>
    /// <param name="problem">The problem found.</param>
    public ProblemException(Problem problem)
        : this(new ValidationReport([problem]))
    {
    }

    /// <summary>Gets every problem found.</summary>
    public ValidationReport Report { get; }

    private static string BuildMessage(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.Join(Environment.NewLine, report.Problems.Select(p => p.ToString()));
    }
}

namespace Landes.Inclusion.Diagnostics;

/// <summary>How serious a <see cref="Problem"/> is. In JSON: <c>error</c>, <c>warning</c>, <c>information</c>.</summary>
public enum ProblemSeverity
{
    /// <summary>The input is rejected: the value cannot be used as given.</summary>
    Error = 0,

    /// <summary>The input is accepted but something deserves a look (an approximation, an unusual value).</summary>
    Warning = 1,

    /// <summary>A remark that needs no action (for example a value that was normalised).</summary>
    Information = 2,
}

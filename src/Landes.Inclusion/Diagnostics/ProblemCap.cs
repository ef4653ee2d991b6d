using System.Globalization;
using System.Runtime.InteropServices;

namespace Landes.Inclusion.Diagnostics;

/// <summary>
/// Keeps at most <see cref="InputLimits.MaxProblemsPerCode"/> problems of each code and counts the others, so that a
/// hostile input costs a bounded report; <see cref="Summaries"/> then says « … and N more of code X ».
/// </summary>
internal sealed class ProblemCap
{
    private readonly Dictionary<string, int> _kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Count, ProblemSeverity Severity)> _dropped = new(StringComparer.Ordinal);

    /// <summary>Gets the number of problems counted but not kept.</summary>
    public int DroppedCount { get; private set; }

    /// <summary>Applies the cap to a sequence of problems.</summary>
    public static List<Problem> Apply(IEnumerable<Problem> problems)
    {
        var cap = new ProblemCap();
        var kept = new List<Problem>();
        foreach (Problem problem in problems)
        {
            if (problem.Code == LimitProblemCodes.TooManyProblems)
            {
                cap.AddSummary(problem);
            }
            else if (cap.Admit(problem))
            {
                kept.Add(problem);
            }
        }

        kept.AddRange(cap.Summaries());
        return kept;
    }

    /// <summary>True when the problem is to be kept; otherwise it is counted.</summary>
    public bool Admit(Problem problem) => Admit(problem.Code, problem.Severity);

    /// <summary>
    /// True when a problem of this code and severity is to be kept, and then it is counted as kept: the caller builds
    /// it and keeps it. Otherwise it is counted as dropped, and the caller need not build it at all.
    /// </summary>
    public bool Admit(string code, ProblemSeverity severity)
    {
        ref int count = ref CollectionsMarshal.GetValueRefOrAddDefault(_kept, code, out _);
        if (count < InputLimits.MaxProblemsPerCode)
        {
            count++;
            return true;
        }

        Count(code, 1, severity);
        return false;
    }

    /// <summary>One « … and N more » problem per code that went over the cap, in code order.</summary>
    public IEnumerable<Problem> Summaries() =>
        _dropped.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => new Problem(
            LimitProblemDefinitions.TooManyProblems, ProblemPath.Root, d.Value.Severity, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["count"] = d.Value.Count.ToString(CultureInfo.InvariantCulture),
                ["code"] = d.Key,
                ["max"] = InputLimits.MaxProblemsPerCode.ToString(CultureInfo.InvariantCulture),
            }));

    // A summary from an earlier cap (reports merged): its count joins this one's.
    private void AddSummary(Problem summary)
    {
        if (summary.Arguments.TryGetValue("code", out string? code)
            && int.TryParse(summary.Arguments.GetValueOrDefault("count"), NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            Count(code, count, summary.Severity);
        }
    }

    private void Count(string code, int count, ProblemSeverity severity)
    {
        (int previous, ProblemSeverity worst) = _dropped.GetValueOrDefault(code, (0, ProblemSeverity.Information));
        _dropped[code] = (previous + count, Worse(worst, severity));
        DroppedCount += count;
    }

    private static ProblemSeverity Worse(ProblemSeverity a, ProblemSeverity b) =>
        a == ProblemSeverity.Error || b == ProblemSeverity.Error ? ProblemSeverity.Error
        : a == ProblemSeverity.Warning || b == ProblemSeverity.Warning ? ProblemSeverity.Warning
        : ProblemSeverity.Information;
}

using System.Text.RegularExpressions;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Network;

namespace Landes.Inclusion.Cli.Rendering;

/// <summary>One distinct finding of a report: its rule, code and severity, its text, how many times and where.</summary>
/// <param name="RuleId">The rule (R1…R16, NET).</param>
/// <param name="Code">The finding's code or kind.</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Message">The message when every occurrence says the same; else the common text with « … » where they differ.</param>
/// <param name="Count">How many times it was found.</param>
/// <param name="Concerned">Who or what it concerns: advisor ids for findings on advisors, else the paths; distinct, in ordinal order.</param>
internal sealed record DistinctFinding(string RuleId, string Code, ProblemSeverity Severity, string Message, int Count, IReadOnlyList<string> Concerned);

/// <summary>
/// Groups a report's findings so that each distinct one is said once, with its count and the advisors concerned.
/// A finding is its rule, code and severity (so, one message template): whatever codes or texts the rules engines
/// produce, occurrences that differ only by their arguments (a date, a block) fall in one group.
/// </summary>
internal static partial class FindingDigest
{
    private const string Elision = "…";

    /// <summary>The distinct errors and warnings of a report, in the report's rule order, then by decreasing count.</summary>
    /// <param name="report">The report.</param>
    /// <param name="network">The network the report is about, to name advisors by their id; null to show paths.</param>
    public static IReadOnlyList<DistinctFinding> Of(NetworkReport report, NetworkDocument? network) =>
        [.. report.Findings.SelectMany((group, order) => group.Items
            .Where(i => i.Severity != ProblemSeverity.Information)
            .GroupBy(i => (i.RuleId, i.Code, i.Severity))
            .Select(g => (order, finding: new DistinctFinding(
                g.Key.RuleId,
                g.Key.Code,
                g.Key.Severity,
                Common([.. g.Select(i => i.Message)]),
                g.Count(),
                [.. g.Select(i => Concerned(i.Path, network)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))))
            .OrderBy(p => p.order)
            .ThenBy(p => p.finding.Severity)
            .ThenByDescending(p => p.finding.Count)
            .ThenBy(p => p.finding.Code, StringComparer.Ordinal)
            .Select(p => p.finding)];

    /// <summary>The message every occurrence shares: itself when all are equal, else the words they share with « … » for the others.</summary>
    internal static string Common(IReadOnlyList<string> messages)
    {
        if (messages.Count == 0)
        {
            return string.Empty;
        }

        if (messages.All(m => string.Equals(m, messages[0], StringComparison.Ordinal)))
        {
            return messages[0];
        }

        string[][] words = [.. messages.Select(m => m.Split(' '))];
        if (words.All(w => w.Length == words[0].Length))
        {
            var kept = new List<string>();
            for (int i = 0; i < words[0].Length; i++)
            {
                string first = words[0][i];
                if (words.All(w => string.Equals(w[i], first, StringComparison.Ordinal)))
                {
                    kept.Add(first);
                    continue;
                }

                // Keep the punctuation every variant ends with (« 2027-02-01, » and « 2027-02-11, » give « …, »).
                string ending = PunctuationEnding(first);
                if (!words.All(w => w[i].EndsWith(ending, StringComparison.Ordinal) && w[i].Length > ending.Length))
                {
                    ending = string.Empty;
                }

                if (kept.Count > 0 && kept[^1].StartsWith(Elision, StringComparison.Ordinal))
                {
                    kept[^1] = Elision + ending;
                    continue;
                }

                kept.Add(Elision + ending);
            }

            return string.Join(' ', kept);
        }

        // Different lengths: the words they all start and end with.
        int prefix = 0;
        while (words.All(w => w.Length > prefix && string.Equals(w[prefix], words[0][prefix], StringComparison.Ordinal)))
        {
            prefix++;
        }

        int suffix = 0;
        int shortest = words.Min(w => w.Length);
        while (suffix < shortest - prefix && words.All(w => string.Equals(w[^(suffix + 1)], words[0][^(suffix + 1)], StringComparison.Ordinal)))
        {
            suffix++;
        }

        return string.Join(' ', words[0].Take(prefix).Append(Elision).Concat(words[0].Skip(words[0].Length - suffix)));
    }

    private static string PunctuationEnding(string word)
    {
        int start = word.Length;
        while (start > 0 && ",;:.)".Contains(word[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        return word[start..];
    }

    private static string Concerned(string path, NetworkDocument? network)
    {
        Match match = AdvisorPath().Match(path);
        if (match.Success && network is not null && int.TryParse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out int index) && index < network.Advisors.Count)
        {
            return network.Advisors[index].Id;
        }

        return path;
    }

    [GeneratedRegex(@"^advisors\[(\d+)\]")]
    private static partial Regex AdvisorPath();
}

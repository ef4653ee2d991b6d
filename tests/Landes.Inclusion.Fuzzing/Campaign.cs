using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Landes.Inclusion.Fuzzing;

/// <summary>The figures of one reader in a campaign.</summary>
public sealed class TargetStats
{
    /// <summary>Gets or sets the inputs tried.</summary>
    public long Inputs { get; set; }

    /// <summary>Gets or sets the inputs accepted.</summary>
    public long Accepted { get; set; }

    /// <summary>Gets or sets the inputs that made the reader throw.</summary>
    public long Exceptions { get; set; }

    /// <summary>Gets or sets the inputs that took more than a second.</summary>
    public long Hangs { get; set; }

    /// <summary>Gets or sets the inputs accepted although the published schema rejects them.</summary>
    public long SilentAccepts { get; set; }

    /// <summary>Gets or sets the other broken oracles (write → read not stable…).</summary>
    public long OracleFailures { get; set; }

    /// <summary>Gets or sets the slowest input, in milliseconds.</summary>
    public double SlowestMs { get; set; }
}

/// <summary>One failure found, with a minimized input.</summary>
/// <param name="Target">The reader.</param>
/// <param name="Kind">exception, hang, silent accept, oracle.</param>
/// <param name="Detail">The exception or the broken oracle.</param>
/// <param name="Input">The minimized input.</param>
public sealed record Finding(string Target, string Kind, string Detail, byte[] Input);

/// <summary>
/// A fuzzing campaign: a fixed seed gives the same inputs, so that a failure found once is found again. Stops after
/// a number of inputs or a duration, whichever comes first.
/// </summary>
public sealed class Campaign(int seed, string? schemaFolder)
{
    private const int MaxFindingsPerTarget = 5;

    /// <summary>Gets the figures per reader (and <c>cli</c>).</summary>
    public SortedDictionary<string, TargetStats> Stats { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the failures found (at most five per reader).</summary>
    public List<Finding> Findings { get; } = [];

    /// <summary>Gets the total duration.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>Runs the campaign.</summary>
    /// <param name="duration">The longest it runs.</param>
    /// <param name="maxInputs">The most inputs it tries (readers and CLI together).</param>
    /// <param name="cliShare">One input in this many is a command-line invocation (0: none).</param>
    public void Run(TimeSpan duration, long maxInputs, int cliShare)
    {
        var random = new Random(seed);
        var mutator = new Mutator(random);
        IReadOnlyList<FuzzTarget> targets = FuzzTargets.Create(schemaFolder);
        byte[][] corpus = [.. targets.SelectMany(t => t.Seeds)];
        using var cli = cliShare > 0 ? new CliFuzz() : null;
        var clock = Stopwatch.StartNew();
        for (long n = 0; n < maxInputs && clock.Elapsed < duration; n++)
        {
            FuzzTarget target = targets[(int)(n % targets.Count)];
            byte[] input = target.Seeds[random.Next(target.Seeds.Count)];
            input = random.Next(20) == 0 ? input : mutator.Mutate(input, corpus, target.Json);
            if (cli is not null && n % cliShare == 0)
            {
                RunCli(cli, random, mutator, random.Next(2) == 0 ? input : null);
                continue;
            }

            Try(target, input);
        }

        Elapsed = clock.Elapsed;
    }

    /// <summary>The figures as a Markdown table, followed by the findings.</summary>
    public string Summary()
    {
        var text = new StringBuilder();
        text.AppendLine("| reader | inputs | accepted | exceptions | hangs > 1 s | silent accepts | other oracle failures | slowest (ms) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach ((string name, TargetStats s) in Stats)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {s.Inputs:N0} | {s.Accepted:N0} | {s.Exceptions} | {s.Hangs} | {s.SilentAccepts} | {s.OracleFailures} | {s.SlowestMs:F0} |");
        }

        long total = Stats.Values.Sum(s => s.Inputs);
        text.AppendLine(CultureInfo.InvariantCulture, $"| **total** | {total:N0} | | {Stats.Values.Sum(s => s.Exceptions)} | {Stats.Values.Sum(s => s.Hangs)} | {Stats.Values.Sum(s => s.SilentAccepts)} | {Stats.Values.Sum(s => s.OracleFailures)} | |");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"seed {seed}, {Elapsed.TotalSeconds:F0} s, {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        foreach (Finding finding in Findings)
        {
            string shown = Encoding.UTF8.GetString(finding.Input);
            text.AppendLine(CultureInfo.InvariantCulture, $"- {finding.Target} {finding.Kind}: {finding.Detail}\n  input ({finding.Input.Length} bytes): {(shown.Length > 1000 ? shown[..1000] + "…" : shown)}");
        }

        return text.ToString();
    }

    private void Try(FuzzTarget target, byte[] input)
    {
        TargetStats stats = StatsOf(target.Name);
        stats.Inputs++;
        long start = Stopwatch.GetTimestamp();
        (string Kind, string Detail)? failure = Attempt(target, input, out bool accepted, out double? readMs);
        double ms = readMs ?? Stopwatch.GetElapsedTime(start).TotalMilliseconds; // The reader's own time where the target measured it.
        stats.SlowestMs = Math.Max(stats.SlowestMs, ms);
        stats.Accepted += accepted ? 1 : 0;
        if (ms > 1000)
        {
            stats.Hangs++;
            Record(target, "hang", $"{ms:F0} ms", input);
        }

        if (failure is not { } f)
        {
            return;
        }

        switch (f.Kind)
        {
            case "exception": stats.Exceptions++; break;
            case "silent accept": stats.SilentAccepts++; break;
            default: stats.OracleFailures++; break;
        }

        Record(target, f.Kind, f.Detail, Minimize(target, input, f.Kind));
    }

    private static (string Kind, string Detail)? Attempt(FuzzTarget target, byte[] input, out bool accepted) =>
        Attempt(target, input, out accepted, out _);

    private static (string Kind, string Detail)? Attempt(FuzzTarget target, byte[] input, out bool accepted, out double? readMs)
    {
        accepted = false;
        readMs = null;
        try
        {
            Outcome outcome = target.Run(input);
            accepted = outcome.Accepted;
            readMs = outcome.ReadMs;
            return outcome.Failure is null ? null : (outcome.SilentAccept ? "silent accept" : "oracle", outcome.Failure);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return ("exception", exception.GetType().Name + ": " + exception.Message + " @ " + exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim());
        }
    }

    // Removes chunks of the input while the same kind of failure persists (a bounded delta debugging); a JSON input
    // first loses whole list items and members, which shrinks a 60 KB document to the few members that matter.
    private static byte[] Minimize(FuzzTarget target, byte[] input, string kind)
    {
        byte[] best = target.Json ? MinimizeJson(target, input, kind) : input;
        for (int chunk = Math.Max(1, best.Length / 2); chunk >= 1; chunk /= 2)
        {
            for (int start = 0, tries = 0; start < best.Length && tries < 200; tries++)
            {
                byte[] candidate = [.. best.AsSpan(0, start), .. best.AsSpan(Math.Min(best.Length, start + chunk))];
                if (Attempt(target, candidate, out _) is { } f && f.Kind == kind)
                {
                    best = candidate;
                }
                else
                {
                    start += chunk;
                }
            }
        }

        return best;
    }

    private static byte[] MinimizeJson(FuzzTarget target, byte[] input, string kind)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(input, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException)
        {
            return input;
        }

        if (root is null || !Fails(root))
        {
            return input; // The failure depends on the text itself (escapes, spacing): bytes only.
        }

        int budget = 3000;
        Reduce(root);
        return Encoding.UTF8.GetBytes(root.ToJsonString(Relaxed));

        bool Fails(JsonNode candidate) =>
            Attempt(target, Encoding.UTF8.GetBytes(candidate.ToJsonString(Relaxed)), out _) is { } f && f.Kind == kind;

        void Reduce(JsonNode node)
        {
            if (node is JsonArray array)
            {
                for (int chunk = Math.Max(1, array.Count / 2); chunk >= 1; chunk /= 2)
                {
                    for (int start = 0; start < array.Count && budget-- > 0;)
                    {
                        int count = Math.Min(chunk, array.Count - start);
                        var removed = new List<JsonNode?>(count);
                        for (int k = 0; k < count; k++)
                        {
                            removed.Add(array[start]);
                            array.RemoveAt(start);
                        }

                        if (!Fails(root))
                        {
                            for (int k = 0; k < count; k++)
                            {
                                array.Insert(start + k, removed[k]);
                            }

                            start += count;
                        }
                    }
                }

                foreach (JsonNode? item in array.ToList())
                {
                    if (item is not null)
                    {
                        Reduce(item);
                    }
                }
            }
            else if (node is JsonObject obj)
            {
                foreach (string name in obj.Select(p => p.Key).ToList())
                {
                    if (budget-- <= 0)
                    {
                        break;
                    }

                    int index = obj.IndexOf(name);
                    JsonNode? value = obj[name];
                    obj.Remove(name);
                    if (!Fails(root))
                    {
                        obj.Insert(index, name, value);
                    }
                }

                foreach (JsonNode? value in obj.Select(p => p.Value).ToList())
                {
                    if (value is not null)
                    {
                        Reduce(value);
                    }
                }
            }
        }
    }

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private void RunCli(CliFuzz cli, Random random, Mutator mutator, byte[]? file)
    {
        TargetStats stats = StatsOf("cli");
        stats.Inputs++;
        long start = Stopwatch.GetTimestamp();
        string? failure;
        try
        {
            failure = cli.RunOne(random, mutator, file);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            failure = "exception escaped Run: " + exception.GetType().Name + ": " + exception.Message;
        }

        double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        stats.SlowestMs = Math.Max(stats.SlowestMs, ms);
        if (failure is not null)
        {
            stats.Exceptions++;
            if (Findings.Count(f => f.Target == "cli") < MaxFindingsPerTarget)
            {
                Findings.Add(new Finding("cli", "stack trace or bad exit", failure, file ?? []));
            }
        }
    }

    private TargetStats StatsOf(string name)
    {
        if (!Stats.TryGetValue(name, out TargetStats? stats))
        {
            stats = new TargetStats();
            Stats[name] = stats;
        }

        return stats;
    }

    private void Record(FuzzTarget target, string kind, string detail, byte[] input)
    {
        if (Findings.Count(f => f.Target == target.Name) < MaxFindingsPerTarget)
        {
            Findings.Add(new Finding(target.Name, kind, detail, input));
        }
    }
}

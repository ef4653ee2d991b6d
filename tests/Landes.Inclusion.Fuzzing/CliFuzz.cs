using System.Text;
using Landes.Inclusion.Cli;

namespace Landes.Inclusion.Fuzzing;

/// <summary>
/// Runs the <c>landes-inclusion</c> tool in-process on mutated argument vectors (and mutated input files); the
/// oracle: exit code 0, 1 or 2, no stack trace, no internal error.
/// </summary>
public sealed class CliFuzz : IDisposable
{
    private static readonly string[] Options =
    [
        "--as-of", "--format", "--lang", "--suggest", "--svg", "--france", "--places", "--departement", "--to", "--output", "--source",
        "--pivot", "--address", "--postal-code", "--title", "--help", "-h", "--version",
    ];

    private readonly string _folder;
    private readonly string[][] _seeds;
    private readonly string _mutable;

    /// <summary>Creates the input files in a fresh temporary folder.</summary>
    public CliFuzz()
    {
        _folder = Path.Combine(Path.GetTempPath(), "landes-fuzz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        string places = Write("lieux.json", FuzzTargets.Places);
        string record = Write("dossier.json", FuzzTargets.Record);
        string csv = Write("lieux.csv", FuzzTargets.LieuxSeed());
        string fs = Write("fs.csv", FuzzTargets.FranceServices);
        _mutable = Path.Combine(_folder, "mutated.json");
        string output = Path.Combine(_folder, "out.txt");
        _seeds =
        [
            ["report", "--as-of", "2024-06-30"],
            ["report", "--format", "json", "--as-of", "2022-06-30", "--lang", "en"],
            ["validate", places, record, csv, fs],
            ["validate", _mutable],
            ["coverage", "--places", places, "--suggest", "2"],
            ["coverage", "--places", fs, "--departement", "40", "--format", "json"],
            ["evaluate", record, "--as-of", "2024-06-30"],
            ["catalog"],
            ["programmes"],
            ["import", fs, "--output", output],
            ["export", places, "--to", "data-inclusion", "--source", "x"],
            ["export", places, "--to", "lieux", "--pivot", "22400001800016", "--address", "1 rue A", "--postal-code", "40000"],
            ["report", _mutable],
            ["evaluate", _mutable],
        ];
    }

    /// <summary>Tries one mutated invocation; returns the broken oracle, or null.</summary>
    public string? RunOne(Random random, Mutator mutator, byte[]? mutatedFile)
    {
        File.WriteAllBytes(_mutable, mutatedFile ?? Encoding.UTF8.GetBytes(FuzzTargets.Places));
        string[] args = Mutate(random, mutator, _seeds[random.Next(_seeds.Length)]);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CliApplication.Run(args, output, error, NodaTime.SystemClock.Instance);
        string errorText = error.ToString();
        if (exit is not (0 or 1 or 2))
        {
            return $"exit {exit}: {Describe(args)}";
        }

        return errorText.Contains(CliApplication.InternalErrorMarker, StringComparison.Ordinal) || errorText.Contains("   at ", StringComparison.Ordinal)
            ? $"{errorText.Split('\n')[0]} ← {Describe(args)}"
            : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    /// <summary>An argument vector in a form that can be pasted in a test.</summary>
    public static string Describe(IEnumerable<string> args) =>
        string.Join(" ", args.Select(a => "\"" + a.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""));

    private static string[] Mutate(Random random, Mutator mutator, string[] seed)
    {
        var args = new List<string>(seed);
        int count = 1 + random.Next(2);
        for (int i = 0; i < count; i++)
        {
            int at = random.Next(args.Count + 1);
            switch (random.Next(5))
            {
                case 0 when args.Count > 0:
                    int index = random.Next(args.Count);
                    args[index] = mutator.MutateText(args[index]);
                    break;
                case 1 when args.Count > 0:
                    args.RemoveAt(random.Next(args.Count));
                    break;
                case 2:
                    args.Insert(at, Options[random.Next(Options.Length)]);
                    break;
                case 3:
                    args.Insert(at, mutator.MutateText(string.Empty));
                    break;
                default:
                    if (args.Count > 1)
                    {
                        int a = random.Next(args.Count);
                        int b = random.Next(args.Count);
                        (args[a], args[b]) = (args[b], args[a]);
                    }

                    break;
            }
        }

        return [.. args];
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}

using System.Globalization;
using Landes.Inclusion.Fuzzing;

// landes-inclusion fuzzing harness (docs/reliability.md):
//   dotnet run -c Release --project tests/Landes.Inclusion.Fuzzing -- --minutes 30 [--seed 1] [--inputs N] [--cli-share 50] [--findings DIR]
double minutes = 1;
int seed = 1;
long inputs = long.MaxValue;
int cliShare = 50;
string? findingsFolder = null;
for (int i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--minutes": minutes = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--inputs": inputs = long.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--cli-share": cliShare = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--findings": findingsFolder = args[i + 1]; break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

var campaign = new Campaign(seed, SchemaFolder.Find());
findingsFolder = findingsFolder is null ? null : Path.GetFullPath(findingsFolder);

// Mutated command lines may name an output file after an option (`--map --format`): the campaign runs in a folder
// of its own, so that such files never land where the harness was started (a repository, say).
string workingFolder = Directory.CreateTempSubdirectory("landes-fuzz-cwd-").FullName;
string startFolder = Environment.CurrentDirectory;
Environment.CurrentDirectory = workingFolder;
try
{
    campaign.Run(TimeSpan.FromMinutes(minutes), inputs, cliShare);
}
finally
{
    Environment.CurrentDirectory = startFolder;
    Directory.Delete(workingFolder, recursive: true);
}

Console.WriteLine(campaign.Summary());
if (findingsFolder is not null)
{
    // Each minimized input whole, for a regression test: <reader>-<n>.bin.
    Directory.CreateDirectory(findingsFolder);
    for (int n = 0; n < campaign.Findings.Count; n++)
    {
        File.WriteAllBytes(Path.Combine(findingsFolder, $"{campaign.Findings[n].Target}-{n}.bin"), campaign.Findings[n].Input);
    }
}

Console.WriteLine($"peak working set: {Environment.WorkingSet / 1048576} MiB (current), {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB (peak)");
return campaign.Findings.Count == 0 ? 0 : 1;

using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;

namespace Landes.Inclusion.Tests.Infrastructure;

/// <summary>
/// The COG vintages the embedded history is built from: one npm package @etalab/decoupage-administratif per vintage,
/// as <c>npm pack</c> writes them (<c>etalab-decoupage-administratif-6.0.0.tgz</c>), in the folder named by the
/// environment variable <c>LANDES_COG_SOURCES</c>. They are not in the repository: <c>.ci/run</c> fetches them from the
/// npm registry before the tests; elsewhere the tests that need them are skipped, saying so, when the variable is unset
/// or a package is missing.
/// </summary>
internal static class CogSources
{
    public const string Variable = "LANDES_COG_SOURCES";

    public static readonly (int Year, string Version)[] Vintages =
        [(2021, "1.1.1"), (2022, "2.3.1"), (2023, "3.1.1"), (2024, "4.1.0"), (2025, "5.3.0"), (2026, "6.0.0")];

    public static string? Directory { get; } = Find();

    public static string SkipReason =>
        $"The COG source packages are absent: run `npm pack @etalab/decoupage-administratif@<version>` for {string.Join(", ", Vintages.Select(v => v.Version))} into a folder and set {Variable} to it.";

    /// <summary>Reads the rows of <c>data/communes.json</c> of a vintage's package.</summary>
    public static List<JsonElement> ReadCommunes(string version)
    {
        string path = Path.Combine(Directory!, $"etalab-decoupage-administratif-{version}.tgz");
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.Name == "package/data/communes.json" && entry.DataStream is { } data)
            {
                using JsonDocument document = JsonDocument.Parse(data);
                return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
            }
        }

        throw new InvalidDataException($"{path} has no package/data/communes.json.");
    }

    private static string? Find()
    {
        string? directory = Environment.GetEnvironmentVariable(Variable);
        return directory is not null && Vintages.All(v => File.Exists(Path.Combine(directory, $"etalab-decoupage-administratif-{v.Version}.tgz")))
            ? directory
            : null;
    }
}

/// <summary>A fact that needs the COG source packages (<see cref="CogSources"/>): skipped, with the reason, when they are absent.</summary>
internal sealed class CogSourcesFactAttribute : FactAttribute
{
    public CogSourcesFactAttribute()
    {
        if (CogSources.Directory is null)
        {
            Skip = CogSources.SkipReason;
        }
    }
}

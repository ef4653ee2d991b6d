namespace Landes.Inclusion.Tests.Infrastructure;

/// <summary>
/// Finds the shared reference data (<c>shared/data</c>, beside the repository) that some tests compare the library
/// with. CI always has it; a test that needs it fails with a clear message when it is missing rather than passing.
/// </summary>
internal static class SharedData
{
    public static string Directory { get; } = Find();

    public static string PathOf(string relative) => System.IO.Path.Combine(Directory, relative);

    public static IEnumerable<Dictionary<string, string>> ReadCsv(string relative)
    {
        using var reader = new StreamReader(PathOf(relative));
        string[] header = SplitCsvLine(reader.ReadLine()!);
        while (reader.ReadLine() is { } line)
        {
            string[] cells = SplitCsvLine(line);
            yield return header.Select((h, i) => (h, v: i < cells.Length ? cells[i] : string.Empty))
                .ToDictionary(p => p.h, p => p.v, StringComparer.Ordinal);
        }
    }

    // The reference files are simple RFC 4180 CSV without line breaks inside fields.
    private static string[] SplitCsvLine(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(current.ToString());
        return [.. cells];
    }

    private static string Find()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, "shared", "data");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            "The shared reference data (shared/data beside the repository) was not found; these tests compare the library with it.");
    }
}

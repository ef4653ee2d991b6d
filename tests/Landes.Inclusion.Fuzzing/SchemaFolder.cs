namespace Landes.Inclusion.Fuzzing;

/// <summary>Finds the repository's <c>docs/schemas</c> folder above the running program.</summary>
public static class SchemaFolder
{
    /// <summary>The folder, or null when the program does not run inside the repository (no schema oracle then).</summary>
    public static string? Find()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "docs", "schemas");
            if (File.Exists(Path.Combine(directory.FullName, "Landes.Inclusion.sln")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

using System.Runtime.CompilerServices;

namespace Landes.Inclusion.Tests.Infrastructure;

/// <summary>Locates files of the repository (docs, README, sources) from the test sources.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string ReadAllText(string relative) => File.ReadAllText(PathOf(relative));

    // The source path first; with ContinuousIntegrationBuild (CI=true) it is mapped to "/_/…", so the test binaries'
    // folder, which lies inside the repository, is the fallback.
    private static string FindRoot([CallerFilePath] string sourceFile = "") =>
        FindAbove(Path.GetDirectoryName(sourceFile)) ?? FindAbove(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("The repository root (Landes.Inclusion.sln) was not found above the test sources or binaries.");

    private static string? FindAbove(string? start)
    {
        for (DirectoryInfo? dir = string.IsNullOrEmpty(start) ? null : new(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Landes.Inclusion.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}

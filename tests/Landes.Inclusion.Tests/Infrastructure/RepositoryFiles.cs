using System.Runtime.CompilerServices;

namespace Landes.Inclusion.Tests.Infrastructure;

/// <summary>Locates files of the repository (docs, README, sources) from the test sources.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string ReadAllText(string relative) => File.ReadAllText(PathOf(relative));

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        for (DirectoryInfo? dir = new(Path.GetDirectoryName(sourceFile)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Landes.Inclusion.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Landes.Inclusion.sln) was not found above the test sources.");
    }
}

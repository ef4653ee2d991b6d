using System.Text.RegularExpressions;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Architecture;

/// <summary>How the core library's sources are laid out: one public type per file, named after it.</summary>
public sealed partial class SourceLayoutTests
{
    [Fact]
    public void EveryPublicType_HasAFileOfItsOwn_NamedAfterIt()
    {
        string source = RepositoryFiles.PathOf("src/Landes.Inclusion");
        string[] offenders = [.. Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: f, Types: TopLevelPublicType().Matches(File.ReadAllText(f)).Select(m => m.Groups["name"].Value).ToArray()))
            .Where(f => f.Types.Length > 1 || (f.Types.Length == 1 && f.Types[0] != Path.GetFileNameWithoutExtension(f.File).Split('.')[0]))
            .Select(f => $"{Path.GetRelativePath(source, f.File)}: {string.Join(", ", f.Types)}")];

        Assert.True(offenders.Length == 0, string.Join("\n", offenders));
    }

    // A public type declared at the top level of a file-scoped namespace (column 0); nested types are indented.
    [GeneratedRegex(@"^public (?:(?:sealed|static|abstract|readonly|partial|ref|record)\s+)*(?:class|struct|record|enum|interface)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelPublicType();
}

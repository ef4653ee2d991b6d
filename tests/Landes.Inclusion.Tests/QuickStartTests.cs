using System.Text.RegularExpressions;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests;

/// <summary>
/// The README's quick start is this file's <see cref="QuickStart.Run"/> body, word for word: one test checks that the
/// README shows exactly this code, another runs it.
/// </summary>
[Collection(ConsoleCapture.Name)]
public sealed partial class QuickStartTests
{
    [Fact]
    public void QuickStart_Runs()
    {
        using var output = new StringWriter();
        TextWriter original = Console.Out;
        Console.SetOut(output);
        try
        {
            QuickStart.Run();
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(
            "40192 is in département 40\n" +
            "structures[0].siret: LI-ID-041 « 20003043500124 » n'est pas un SIRET : la clé de Luhn est fausse (et ce n'est pas un établissement de La Poste dont la somme des chiffres est multiple de 5).\n" +
            "'20003043500124' is not a SIRET: its Luhn check digit is wrong (and it is not a La Poste establishment whose digit sum is a multiple of 5).\n",
            output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Readme_ShowsTheQuickStartVerbatim()
    {
        string source = RepositoryFiles.ReadAllText("tests/Landes.Inclusion.Tests/QuickStart.cs").ReplaceLineEndings("\n");
        string code = Between(source, "// README:begin\n", "        // README:end");
        string readme = RepositoryFiles.ReadAllText("README.md").ReplaceLineEndings("\n");
        string block = Between(readme, "```csharp\n", "```");

        Assert.Equal(Unindent(code), block);
    }

    private static string Between(string text, string start, string end)
    {
        int from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static string Unindent(string code) => Indent().Replace(code, string.Empty);

    [GeneratedRegex("^        ", RegexOptions.Multiline)]
    private static partial Regex Indent();
}

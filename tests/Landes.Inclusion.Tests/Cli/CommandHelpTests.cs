namespace Landes.Inclusion.Tests.Cli;

public sealed class CommandHelpTests
{
    [Theory]
    [InlineData("validate")]
    [InlineData("coverage")]
    [InlineData("evaluate")]
    [InlineData("catalog")]
    [InlineData("programmes")]
    [InlineData("import")]
    [InlineData("export")]
    public void Help_EveryCommand_GivesExamplesAndTheLanguageOption(string command)
    {
        (int exit, string output, string error) = CliTests.Run(command, "--help");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("Exemples / examples:", output, StringComparison.Ordinal);
        Assert.Contains($"landes-inclusion {command}", output, StringComparison.Ordinal);
        Assert.Contains("--lang", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Root_ListsEveryCommand()
    {
        string output = CliTests.Run("--help").Output;

        foreach (string command in new[] { "report", "validate", "coverage", "evaluate", "catalog", "programmes", "import", "export" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Programmes_Text_GivesEachPeriodsPathsWithTheirHours()
    {
        (int exit, string output, _) = CliTests.Run("programmes");

        Assert.Equal(0, exit);
        Assert.Contains("Période cnfs-2025 : depuis le 2025-01-01 ; examen sous 6 mois", output, StringComparison.Ordinal);
        Assert.Contains("Période cnfs-2021 : du 2021-01-01 au 2023-04-30 ; examen sous 6 mois", output, StringComparison.Ordinal);
        Assert.Matches(@"│ [^│]+│\s+175 h │\s+210 h │\s+385 h │", output);
    }
}

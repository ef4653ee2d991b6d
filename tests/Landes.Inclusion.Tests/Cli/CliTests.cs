using Landes.Inclusion.Cli;

namespace Landes.Inclusion.Tests.Cli;

public sealed class CliTests
{
    [Fact]
    public void Report_NoArgument_PrintsTheLandesDefaultInFrench()
    {
        (int exit, string output, string error) = Run("report");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("34 conseillers en poste dans 19 structures d'accueil", output, StringComparison.Ordinal);
        Assert.Contains("32 sur 34 détiennent le CCP1 du titre REMN.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal); // no colour codes when captured
    }

    [Fact]
    public void Report_LangEn_PrintsEnglish()
    {
        (int exit, string output, _) = Run("report", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Contains("34 advisors in post at 19 host structures", output, StringComparison.Ordinal);
        Assert.Contains("32 of 34 hold REMN CCP1.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_IsAUsageError()
    {
        (int exit, string output, string error) = Run("bogus");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("bogus", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsupportedLanguage_IsAUsageError() =>
        Assert.Equal(2, Run("report", "--lang", "de").Exit);

    [Fact]
    public void Help_ShowsCommandsAndExamples()
    {
        (int exit, string output, _) = Run("--help");

        Assert.Equal(0, exit);
        Assert.Contains("report", output, StringComparison.Ordinal);
        Assert.Contains("landes-inclusion report --lang en", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheVersion()
    {
        (int exit, string output, _) = Run("--version");

        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    internal static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CliApplication.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}

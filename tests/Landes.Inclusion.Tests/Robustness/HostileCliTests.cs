using Landes.Inclusion.Tests.Cli;

namespace Landes.Inclusion.Tests.Robustness;

/// <summary>Regression tests of the tool on hostile invocations (issue 10): usage errors, never a stack trace.</summary>
public sealed class HostileCliTests
{
    [Theory]
    [InlineData("coverage", "--suggest", "abc")]
    [InlineData("coverage", "--suggest", "1.5")]
    [InlineData("coverage", "--suggest", "99999999999")]
    [InlineData("coverage", "--suggest", "0")]
    [InlineData("report", "--as-of", "9999-12-31")]
    [InlineData("report", "--as-of", "0001-01-01")]
    [InlineData("report", "")]
    [InlineData("report", "a\0b")]
    [InlineData("export", "lieux.json", "--to", "data-inclusion", "--source", "")]
    [InlineData("export", "lieux.json", "--to", "data-inclusion", "--source", " ")]
    public void HostileArguments_AreUsageErrors(params string[] args)
    {
        (int exit, _, string error) = CliTests.Run(args);

        Assert.Equal(2, exit);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Landes.Inclusion.Cli.CliApplication.InternalErrorMarker, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InvalidUtf8PropertyName_IsInvalidNotACrash()
    {
        using var folder = new TempFolder();
        string file = Path.Combine(folder.Path, "bad.json");
        File.WriteAllBytes(file, [.. "{\"sch"u8, 0xE9, .. "maVession\":\"1.0\",\"e"u8]);

        (int exit, string output, string error) = CliTests.Run("validate", file);

        Assert.InRange(exit, 1, 2);
        Assert.DoesNotContain(Landes.Inclusion.Cli.CliApplication.InternalErrorMarker, error + output, StringComparison.Ordinal);
    }
}

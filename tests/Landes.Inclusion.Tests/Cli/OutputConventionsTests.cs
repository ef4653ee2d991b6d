using System.Text.RegularExpressions;
using Landes.Inclusion.Cli.Rendering;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Cli;

/// <summary>Numbers as each language writes them, in every command; output that does not depend on a terminal or a path.</summary>
public sealed partial class OutputConventionsTests
{
    private const string Nnbsp = "\u202F";

    [Theory]
    [InlineData(433570L, "433" + Nnbsp + "570", "433,570")]
    [InlineData(798L, "798", "798")]
    [InlineData(-1500L, "-1" + Nnbsp + "500", "-1,500")]
    public void Integer_IsGroupedByEachLanguage(long value, string french, string english)
    {
        Assert.Equal(french, Numbers.Integer(value, MessageLanguage.French));
        Assert.Equal(english, Numbers.Integer(value, MessageLanguage.English));
    }

    [Fact]
    public void Units_FollowEachLanguage()
    {
        Assert.Equal("47,7 %", Numbers.Share(0.4771, MessageLanguage.French));
        Assert.Equal("47.7%", Numbers.Share(0.4771, MessageLanguage.English));
        Assert.Equal("22,7 km", Numbers.Kilometres(22.71, MessageLanguage.French));
        Assert.Equal("22.7 km", Numbers.Kilometres(22.71, MessageLanguage.English));
        Assert.Equal("10 km", Numbers.Kilometres(10, MessageLanguage.French));
        Assert.Equal("7 h 30", Numbers.Hours(7.5m, MessageLanguage.French));
        Assert.Equal("217 h", Numbers.Hours(217m, MessageLanguage.French));
        Assert.Equal("7.5 h", Numbers.Hours(7.5m, MessageLanguage.English));
        Assert.Equal("1" + Nnbsp + "234,50", Numbers.Decimal(1234.5, 2, MessageLanguage.French));
        Assert.Equal("1,234.50", Numbers.Decimal(1234.5, 2, MessageLanguage.English));
    }

    [Fact]
    public void ProblemMessage_WritesDistancesWithADecimalCommaInFrench()
    {
        var problem = new Problem(ProblemCatalog.Get(TerritoryProblemCodes.FarFromCentroid), "places[0]",
            new Dictionary<string, string>(StringComparer.Ordinal) { ["distanceKm"] = "22.7", ["limitKm"] = "20.0", ["commune"] = "40192" });

        Assert.Contains("22,7 km", problem.GetMessage(MessageLanguage.French), StringComparison.Ordinal);
        Assert.Contains("40192", problem.GetMessage(MessageLanguage.French), StringComparison.Ordinal);
        Assert.Contains("22.7 km", problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    public static TheoryData<string[]> Commands() => new()
    {
        new[] { "report", "--as-of", "2026-11-29" },
        new[] { "report", "--as-of", "2026-11-29", "--format", "markdown" },
        new[] { "coverage", "--as-of", "2026-11-29", "--suggest", "2" },
        new[] { "coverage", "--places", "{shared}/landes-france-services-20240801.csv", "--thresholds", "2.5,7.5", "--suggest", "1" },
        new[] { "catalog" },
        new[] { "programmes" },
        new[] { "validate", "{shared}/landes-france-services-20240801.csv" },
        new[] { "evaluate", "{record}", "--as-of", "2024-01-01" },
        new[] { "import", "{shared}/landes-france-services-20240801.csv", "--from", "france-services", "--to", "{folder}/places.json" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryCommand_FrenchHasNoDecimalPoint_EnglishNoDecimalComma(string[] arguments)
    {
        using var folder = new TempFolder();
        string record = folder.Write("dossier.json", ValidateCommandTests.Record);
        string[] args = [.. arguments.Select(a => a.Replace("{shared}", SharedData.Directory, StringComparison.Ordinal)
            .Replace("{record}", record, StringComparison.Ordinal).Replace("{folder}", folder.Path, StringComparison.Ordinal))];

        (int frExit, string french, _) = CliTests.Run([.. args, "--lang", "fr"]);
        (int enExit, string english, _) = CliTests.Run([.. args, "--lang", "en"]);

        Assert.True(frExit is 0 or 1, $"exit {frExit}");
        Assert.True(enExit is 0 or 1, $"exit {enExit}");
        string frenchText = french.Replace(SharedData.Directory, "SHARED", StringComparison.Ordinal).Replace(folder.Path, "TMP", StringComparison.Ordinal);
        string englishText = english.Replace(SharedData.Directory, "SHARED", StringComparison.Ordinal).Replace(folder.Path, "TMP", StringComparison.Ordinal);
        Assert.NotEmpty(frenchText.Trim());
        Assert.DoesNotMatch(DecimalPoint(), frenchText);
        Assert.DoesNotMatch(DecimalComma(), englishText);
    }

    [Fact]
    public void Coverage_UnderAVeryLongPath_IsNeverWrapped_AndMatchesTheGoldenOutput()
    {
        using var folder = new TempFolder();
        // Far longer than any terminal: each folder name is long, the whole path over 300 characters.
        string deep = Path.Combine(folder.Path, new string('a', 90), new string('b', 90), new string('c', 90), new string('d', 40));
        Directory.CreateDirectory(deep);
        string places = Path.Combine(deep, "france-services.csv");
        File.Copy(SharedData.PathOf("landes-france-services-20240801.csv"), places);
        Assert.True(places.Length > 300);

        foreach (string language in new[] { "fr", "en" })
        {
            (int exit, string output, string error) = CliTests.Run("coverage", "--places", places, "--as-of", "2026-11-29", "--lang", language);

            Assert.Equal(0, exit);
            Assert.Empty(error);
            Assert.Contains(places, output.Split('\n')[0], StringComparison.Ordinal); // the header line holds the whole path
            string golden = RepositoryFiles.ReadAllText($"tests/Landes.Inclusion.Tests/Cli/Golden/coverage-france-services.{language}.txt");
            Assert.Equal(golden.ReplaceLineEndings("\n"), output.Replace(places, "{places}", StringComparison.Ordinal).ReplaceLineEndings("\n"));
        }
    }

    [Fact]
    public void Report_EachDistinctFindingIsSaidOnce_WithItsCountAndTheAdvisors()
    {
        (_, string output, _) = CliTests.Run("report", "--as-of", "2026-11-29", "--format", "markdown");

        string catalogue = "Le catalogue ne connaît qu'une partie des CCP de Médiateur numérique";
        string line = Assert.Single(output.Split('\n'), l => l.Contains(catalogue, StringComparison.Ordinal));
        Assert.Contains("| 32 |", line, StringComparison.Ordinal);
        Assert.Contains("cnfs-40-01", line, StringComparison.Ordinal);
        Assert.DoesNotContain("de plus", output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n'), l => l.Contains("Contrat (contrat de projet) : fin le …, dans … jours", StringComparison.Ordinal));
    }

    [Fact]
    public void CommonMessage_KeepsWhatEveryOccurrenceSays()
    {
        Assert.Equal("Same.", FindingDigest.Common(["Same.", "Same."]));
        Assert.Equal("Ends on …, in … days.", FindingDigest.Common(["Ends on 2027-02-01, in 64 days.", "Ends on 2027-02-11, in 74 days."]));
        Assert.Equal("CCP1 (obtained on …): not published.", FindingDigest.Common(["CCP1 (obtained on November 3, 2021): not published.", "CCP1 (obtained on May 9, 2022): not published."]));
        Assert.Equal("A … end.", FindingDigest.Common(["A b end.", "A c d end."]));
    }

    // A decimal point between digits ("47.7"); a decimal comma is a comma between digits that is not a thousands
    // separator (three digits and no more after it).
    [GeneratedRegex(@"\d\.\d")]
    private static partial Regex DecimalPoint();

    [GeneratedRegex(@"\d,(?!\d{3}(?!\d))\d")]
    private static partial Regex DecimalComma();
}

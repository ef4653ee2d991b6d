using Landes.Inclusion.Certification;

namespace Landes.Inclusion.Tests.Cli;

public sealed class EvaluateCommandTests
{
    [Fact]
    public void Evaluate_Record_PrintsStatusAndFindingsWithRuleIds()
    {
        using var folder = new TempFolder();
        string file = folder.Write("dossier.json", ValidateCommandTests.Record);

        (int exit, string output, string error) = CliTests.Run("evaluate", file, "--as-of", "2024-01-01");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("Certification « remn-2019 » au 2024-01-01", output, StringComparison.Ordinal);
        Assert.Contains("Candidat : a1", output, StringComparison.Ordinal);
        Assert.Contains("Statut : partiel", output, StringComparison.Ordinal);
        Assert.Contains("Blocs obtenus : CCP1", output, StringComparison.Ordinal);
        Assert.Contains("Blocs manquants : CCP2, CCP3", output, StringComparison.Ordinal);
        Assert.Contains("│ R1 ", output, StringComparison.Ordinal);
        Assert.Contains("│ R3 ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FormatJson_WritesTheEvaluationDocument()
    {
        using var folder = new TempFolder();
        string file = folder.Write("dossier.json", ValidateCommandTests.Record);

        (int exit, string output, _) = CliTests.Run("evaluate", file, "--title", "remn-2019", "--as-of", "2024-01-01", "--format", "json", "--lang", "en");

        Assert.Equal(0, exit);
        CertificationEvaluationDocument document = CertificationJson.Evaluation.Read(output).GetValueOrThrow();
        Assert.Equal((CertificationOutcome.Partial, "a1"), (document.Outcome, document.CandidateId));
        Assert.Equal([1], document.HeldBlocks);
        Assert.Contains(document.Findings, f => f.RuleId == "R1" && f.Verdict == FindingVerdict.NotMet);
        Assert.Contains("\"asOf\": \"2024-01-01\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InvalidRecord_IsExitOneWithItsProblems()
    {
        using var folder = new TempFolder();
        string file = folder.Write("dossier.json", """{"schemaVersion":"1.0","results":[{"title":"remn-2019","block":1,"sessionDate":"2021-11-31","sessionKind":"session-ccp","obtained":true}]}""");

        (int exit, _, string error) = CliTests.Run("evaluate", file);

        Assert.Equal(1, exit);
        Assert.Contains("results[0].sessionDate", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--title", "inconnu")]
    [InlineData("--as-of", "2024-02-30")]
    public void Evaluate_BadTitleOrDate_IsAUsageError(string option, string value)
    {
        using var folder = new TempFolder();
        string file = folder.Write("dossier.json", ValidateCommandTests.Record);

        (int exit, _, string error) = CliTests.Run("evaluate", file, option, value);

        Assert.Equal(2, exit);
        Assert.Contains(value, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RecordWithoutTitle_AsksForOne()
    {
        using var folder = new TempFolder();
        string file = folder.Write("dossier.json", """{"schemaVersion":"1.0"}""");

        (int exit, _, string error) = CliTests.Run("evaluate", file, "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Contains("give --title", error, StringComparison.Ordinal);
        Assert.Contains("remn-2019", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MissingFile_IsExitTwo() => Assert.Equal(2, CliTests.Run("evaluate", "absent-dossier.json").Exit);
}

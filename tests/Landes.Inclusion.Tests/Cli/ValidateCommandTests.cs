using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Json;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Tests.Infrastructure;
using Landes.Inclusion.Training;

namespace Landes.Inclusion.Tests.Cli;

public sealed class ValidateCommandTests
{
    // The same documents seed the fuzzing harness.
    internal const string ValidPlaces = Landes.Inclusion.Fuzzing.FuzzTargets.Places;

    internal const string Record = Landes.Inclusion.Fuzzing.FuzzTargets.Record;

    [Fact]
    public void Validate_ValidPlaces_ExitsZeroAndSaysValid()
    {
        using var folder = new TempFolder();
        string file = folder.Write("lieux.json", ValidPlaces);

        (int exit, string output, string error) = CliTests.Run("validate", file);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains($"{file} (liste de lieux (JSON)) : valide", output, StringComparison.Ordinal);
        Assert.Contains("aucun problème", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InvalidPlaces_ListsEveryProblemWithPathAndCode()
    {
        using var folder = new TempFolder();
        string file = folder.Write("lieux.json", """
            {"schemaVersion":"1.0","places":[{"id":"a","name":"A","commune":"4O192","kind":"permanence"},{"id":"b","name":"B","commune":"40192","kind":"bus","colour":"red"}]}
            """);

        (int exit, string output, _) = CliTests.Run("validate", file);

        Assert.Equal(1, exit);
        Assert.Contains(": invalide", output, StringComparison.Ordinal);
        Assert.Contains("places[0].commune", output, StringComparison.Ordinal);
        Assert.Contains($"{JsonProblemCodes.UnknownEnumValue} places[1].kind", output, StringComparison.Ordinal);
        Assert.Contains($"{JsonProblemCodes.UnknownProperty} places[1].colour", output, StringComparison.Ordinal);
        Assert.Contains("3 erreur(s)", output, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Documents()
    {
        var coverage = new CoverageAnalyzer().Analyze(TerritorySelection.Landes, []);
        return new TheoryData<string, string>
        {
            { CertificationJson.Catalog.WriteToString(CertificationCatalog.Default), "catalogue des titres (JSON)" },
            { TrainingJson.Programme.WriteToString(TrainingProgrammeCatalog.Default.Programmes[0]), "programme de formation (JSON)" },
            { """{"schemaVersion":"1.0","enrolments":[]}""", "inscriptions en formation (JSON)" },
            { Record, "dossier de candidat (JSON)" },
            { ValidPlaces, "liste de lieux (JSON)" },
            { TerritoryJson.CoverageResult.WriteToString(coverage), "résultat de couverture (JSON)" },
            { LandesJson.ValidationReport.WriteToString(ValidationReportDocument.From(ValidationReport.Valid)), "rapport de validation (JSON)" },
        };
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Validate_EachLibraryDocument_IsRecognisedByItsShapeAndValid(string json, string kind)
    {
        using var folder = new TempFolder();
        string file = folder.Write("document.json", json);

        (int exit, string output, _) = CliTests.Run("validate", file);

        Assert.Equal(0, exit);
        Assert.Contains($"({kind}) : valide", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CsvFiles_AreRecognisedByTheirHeader()
    {
        (int exit, string output, _) = CliTests.Run(
            "validate", SharedData.PathOf("landes-france-services-20240801.csv"), SharedData.PathOf("schemas/lieux-mediation-numerique/exemple-valide.csv"));

        Assert.Equal(0, exit);
        Assert.Contains("(liste France Services (CSV)) : valide", output, StringComparison.Ordinal);
        Assert.Contains("(lieux de médiation numérique (CSV)) : valide", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LieuxCsvWithABadRow_GivesTheRowAndField()
    {
        using var folder = new TempFolder();
        string[] lines = File.ReadAllLines(SharedData.PathOf("schemas/lieux-mediation-numerique/exemple-valide.csv"));
        string file = folder.Write("lieux.csv", lines[0] + "\n" + lines[1].Replace("2024-04-02", "02/04/2024", StringComparison.Ordinal) + "\n");

        (int exit, string output, _) = CliTests.Run("validate", file, "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Contains("(lieux de médiation numérique (CSV)): invalid", output, StringComparison.Ordinal);
        Assert.Contains($"error {CsvProblemCodes.SchemaType} rows[0].date_maj:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedJson_IsInvalidWithTheJsonCode()
    {
        using var folder = new TempFolder();
        string file = folder.Write("broken.json", """{"schemaVersion":"1.0","places":[""");

        (int exit, string output, _) = CliTests.Run("validate", file);

        Assert.Equal(1, exit);
        Assert.Contains(JsonProblemCodes.Malformed, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_IsExitTwoWithAClearMessage()
    {
        (int exit, string output, string error) = CliTests.Run("validate", Path.Combine(Path.GetTempPath(), "absent-" + Guid.NewGuid().ToString("N") + ".json"));

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("le fichier n'existe pas", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("autre.csv", "a,b,c\n1,2,3\n")]
    [InlineData("tableau.json", "[1, 2]")]
    [InlineData("autre.json", """{"structures":[],"services":[]}""")]
    public void Validate_UnknownDocument_IsExitTwoListingTheKnownDocuments(string name, string content)
    {
        using var folder = new TempFolder();
        string file = folder.Write(name, content);

        (int exit, _, string error) = CliTests.Run("validate", file);

        Assert.Equal(2, exit);
        Assert.Contains("type de document non reconnu", error, StringComparison.Ordinal);
        Assert.Contains("liste France Services (CSV)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoFile_IsAUsageError() => Assert.Equal(2, CliTests.Run("validate").Exit);

    [Fact]
    public void Validate_FormatJson_WritesAValidationReportDocument()
    {
        using var folder = new TempFolder();
        string file = folder.Write("lieux.json", """{"schemaVersion":"1.0","places":[{"id":"a","name":"A","commune":"40192"}]}""");

        (int exit, string output, _) = CliTests.Run("validate", file, "--format", "json", "--lang", "en");

        Assert.Equal(1, exit);
        ValidationReportDocument document = LandesJson.ValidationReport.Read(output).GetValueOrThrow();
        Assert.False(document.Valid);
        Assert.Equal(file, document.Source);
        ValidationReportDocument.ProblemEntry problem = Assert.Single(document.Problems);
        Assert.Equal((JsonProblemCodes.MissingProperty, "places[0].kind"), (problem.Code, problem.Path));
        Assert.Contains("kind", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralFilesAsJson_IsAnArrayOfReportsAndTheWorstExitCode()
    {
        using var folder = new TempFolder();
        string valid = folder.Write("valide.json", ValidPlaces);
        string invalid = folder.Write("invalide.json", """{"schemaVersion":"1.0","enrolments":[{"id":"x"}]}""");

        (int exit, string output, _) = CliTests.Run("validate", valid, invalid, "--format", "json");

        Assert.Equal(1, exit);
        using System.Text.Json.JsonDocument document = System.Text.Json.JsonDocument.Parse(output);
        ValidationReportDocument[] reports = [.. document.RootElement.EnumerateArray().Select(e => LandesJson.ValidationReport.Read(e.GetRawText()).GetValueOrThrow())];
        Assert.Equal([(valid, true), (invalid, false)], reports.Select(r => (r.Source!, r.Valid)));
        Assert.Contains(reports[1].Problems, p => p.Path == "enrolments[0].personId");
    }

    [Fact]
    public void Validate_Help_GivesExamples()
    {
        (int exit, string output, _) = CliTests.Run("validate", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("landes-inclusion validate lieux.json", output, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Tests.Infrastructure;
using Landes.Inclusion.Tests.Interop;

namespace Landes.Inclusion.Tests.Cli;

public sealed class ImportExportCommandTests
{
    [Fact]
    public void Import_FranceServices_WritesThePlacesJson()
    {
        using var folder = new TempFolder();
        string target = folder.File("lieux.json");

        (int exit, string output, _) = CliTests.Run("import", SharedData.PathOf("landes-france-services-20240801.csv"), "--from", "france-services", "--to", target);

        Assert.Equal(0, exit);
        Assert.Contains($"20 lieu(x) écrit(s) dans {target} (20 ligne(s) lue(s), 0 écartée(s)).", output, StringComparison.Ordinal);
        PlacesDocument document = TerritoryJson.Places.Read(File.ReadAllText(target)).GetValueOrThrow();
        Assert.Equal(20, document.Places.Count);
        Assert.All(document.Places, p => Assert.Equal(PlaceKind.FranceServices, p.Kind));
        Assert.All(document.Places, p => Assert.NotNull(p.OpeningHours));
    }

    [Fact]
    public void Import_LieuxExample_WritesOnePlace()
    {
        using var folder = new TempFolder();
        string target = folder.File("lieux.json");

        (int exit, _, _) = CliTests.Run("import", SharedData.PathOf("schemas/lieux-mediation-numerique/exemple-valide.csv"), "--from", "lieux", "--to", target);

        Assert.Equal(0, exit);
        Place place = Assert.Single(TerritoryJson.Places.Read(File.ReadAllText(target)).GetValueOrThrow().Places);
        Assert.Equal(("structure-1", "51454", PlaceKind.LieuMediationNumerique), (place.Id, place.Commune.ToString(), place.Kind));
    }

    [Fact]
    public void Import_RejectedRows_AreListedAndExitOne()
    {
        using var folder = new TempFolder();
        string[] lines = File.ReadAllLines(SharedData.PathOf("landes-france-services-20240801.csv"));
        string source = folder.Write("fs.csv", string.Join("\n", lines.Take(3)) + "\n" + lines[3].Replace(",40110,", ",4O110,", StringComparison.Ordinal) + "\n");
        string target = folder.File("lieux.json");

        (int exit, string output, _) = CliTests.Run("import", source, "--from", "france-services", "--to", target);

        Assert.Equal(1, exit);
        Assert.Contains("rows[2]", output, StringComparison.Ordinal);
        Assert.Contains("(3 ligne(s) lue(s), 1 écartée(s))", output, StringComparison.Ordinal);
        Assert.Equal(2, TerritoryJson.Places.Read(File.ReadAllText(target)).GetValueOrThrow().Places.Count);
    }

    [Fact]
    public void Import_WrongFormat_WritesNothingAndExitsOne()
    {
        using var folder = new TempFolder();
        string target = folder.File("lieux.json");

        (int exit, string output, string error) = CliTests.Run("import", SharedData.PathOf("landes-france-services-20240801.csv"), "--from", "lieux", "--to", target);

        Assert.Equal(1, exit);
        Assert.Contains(CsvProblemCodes.MissingColumn, output, StringComparison.Ordinal);
        Assert.Contains("rien n'est écrit", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Import_MissingOptionOrFile_IsAUsageError()
    {
        Assert.Equal(2, CliTests.Run("import", SharedData.PathOf("landes-france-services-20240801.csv"), "--to", "x.json").Exit);
        Assert.Equal(2, CliTests.Run("import", "absent.csv", "--from", "lieux", "--to", "x.json").Exit);
    }

    [Fact]
    public void Export_DataInclusion_ValidatesAgainstTheOfficialSchemas()
    {
        using var folder = new TempFolder();
        string places = folder.File("lieux.json");
        string target = folder.File("di.json");
        Assert.Equal(0, CliTests.Run("import", SharedData.PathOf("landes-france-services-20240801.csv"), "--from", "france-services", "--to", places).Exit);

        (int exit, _, string error) = CliTests.Run("export", places, "--to", "data-inclusion", "--output", target, "--as-of", "2024-08-01", "--source", "cd40");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(target));
        JsonElement structures = document.RootElement.GetProperty("structures");
        JsonElement services = document.RootElement.GetProperty("services");
        Assert.Equal((20, 20), (structures.GetArrayLength(), services.GetArrayLength()));
        Assert.Equal(("cd40", "2024-08-01"), (structures[0].GetProperty("source").GetString(), structures[0].GetProperty("date_maj").GetString()));
        DataInclusionExportTests.AssertValid(structures, services);
    }

    [Fact]
    public void Export_Lieux_OneCommune_ReadsBackComplete()
    {
        using var folder = new TempFolder();
        string places = folder.Write("lieux.json", """
            {"schemaVersion":"1.0","places":[{"id":"mdm-1","name":"Médiathèque du Marsan","commune":"40192","kind":"permanence","latitude":43.89,"longitude":-0.5}]}
            """);

        (int exit, string output, _) = CliTests.Run("export", places, "--to", "lieux", "--pivot", "22400001800016", "--address", "1 place du Général Leclerc", "--postal-code", "40000", "--as-of", "2024-08-01");

        Assert.Equal(0, exit);
        InteropReadResult<LieuMediationNumerique> read = LieuxMediationCsv.ReadFromString(output);
        Assert.True(read.IsComplete, string.Join("; ", read.Report.Problems));
        LieuMediationNumerique lieu = Assert.Single(read.Records);
        Assert.Equal(("mdm-1", "Mont-de-Marsan", "40000", "22400001800016"), (lieu.Id, lieu.Commune, lieu.PostalCode.ToString(), lieu.Pivot.Value));
    }

    [Theory]
    [InlineData("--pivot", "123")]
    [InlineData("--postal-code", "4000")]
    public void Export_Lieux_BadDetails_AreUsageErrors(string option, string value)
    {
        using var folder = new TempFolder();
        string places = folder.Write("lieux.json", ValidateCommandTests.ValidPlaces.Replace("40088", "40192", StringComparison.Ordinal));
        string[] args = ["export", places, "--to", "lieux", "--pivot", "22400001800016", "--address", "1 rue", "--postal-code", "40000"];
        args[Array.IndexOf(args, option) + 1] = value;

        (int exit, _, string error) = CliTests.Run(args);

        Assert.Equal(2, exit);
        Assert.Contains(value, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_Lieux_WithoutDetailsOrAcrossCommunes_SaysWhatIsMissing()
    {
        using var folder = new TempFolder();
        string places = folder.Write("lieux.json", ValidateCommandTests.ValidPlaces);

        (int exit, _, string error) = CliTests.Run("export", places, "--to", "lieux");
        Assert.Equal(2, exit);
        Assert.Contains("--pivot", error, StringComparison.Ordinal);

        (exit, _, error) = CliTests.Run("export", places, "--to", "lieux", "--pivot", "22400001800016", "--address", "1 rue", "--postal-code", "40000");
        Assert.Equal(2, exit);
        Assert.Contains("2 communes (40192, 40088)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_NotPlaces_IsAUsageError()
    {
        using var folder = new TempFolder();
        string file = folder.Write("dossier.json", ValidateCommandTests.Record);

        (int exit, _, string error) = CliTests.Run("export", file, "--to", "data-inclusion");

        Assert.Equal(2, exit);
        Assert.Contains("pas une liste de lieux", error, StringComparison.Ordinal);
    }
}

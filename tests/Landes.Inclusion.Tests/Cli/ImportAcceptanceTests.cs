using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Cli.Documents;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Testing.Interop;
using Landes.Inclusion.Testing.Territory;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Cli;

/// <summary>Import never writes what the library rejects: what it writes reads back through the places reader without an error.</summary>
public sealed class ImportAcceptanceTests
{
    // Codes of every kind the resolver knows: unknown, ambiguous, former, arrondissement, the city, a commune.
    private static readonly InseeCode[] Codes = [.. new[] { "40999", "55273", "93059", "40009", "75115", "75056", "40192" }.Select(InseeCode.Parse)];

    private static readonly Gen<Place> AnyPlace = Gen.OneOf(
        TerritoryGenerators.Place,
        TerritoryGenerators.DefectivePlace.Select(d => d.Place),
        from place in TerritoryGenerators.Place
        from code in Gen.Elements(Codes)
        select new Place { Id = place.Id, Name = place.Name, Commune = code, Kind = place.Kind, Latitude = place.Latitude, Longitude = place.Longitude, Advisors = place.Advisors });

    [Fact]
    public void KeepAccepted_GeneratedPlaces_WritesOnlyWhatThePlacesReaderAccepts() =>
        Properties.ForAll(AnyPlace.ListOf().Select(l => (IReadOnlyList<Place>)[.. l]), places =>
        {
            (IReadOnlyList<Place> kept, ValidationReport leftOut) = PlaceFiles.KeepAccepted(places);

            ValidationReport reread = TerritoryJson.Places.Read(TerritoryJson.Places.WriteToString(new PlacesDocument { Places = kept })).Report;

            Assert.Empty(reread.Errors);
            Assert.Equal(places.Count - kept.Count, leftOut.Errors.Select(p => p.Path[..(p.Path.IndexOf(']', StringComparison.Ordinal) + 1)]).Distinct().Count());
        });

    [Fact]
    public void ReadAndKeep_GeneratedLieuxRows_WritesOnlyWhatThePlacesReaderAccepts() =>
        Properties.ForAll(LieuxMediationGenerators.WithOneDefect, row =>
        {
            PlacesRead read = PlaceFiles.ReadAs(DocumentKinds.LieuxCsv, System.Text.Encoding.UTF8.GetBytes(row.Csv));
            (IReadOnlyList<Place> kept, _) = PlaceFiles.KeepAccepted(read.Places ?? []);

            Assert.Empty(TerritoryJson.Places.Read(TerritoryJson.Places.WriteToString(new PlacesDocument { Places = kept })).Report.Errors);
        });

    [Fact]
    public void ImportThenValidate_NationalFranceServicesList_ExitsZeroWithTheFormerCodesNamed()
    {
        using var folder = new TempFolder();
        string target = folder.File("france-services.json");

        (int imported, string importOutput, _) = CliTests.Run("import", SharedData.PathOf("france-services-20240801.csv"), "--from", "france-services", "--to", target, "--lang", "en");
        (int validated, string validateOutput, _) = CliTests.Run("validate", target, "--lang", "en");

        Assert.Equal(0, imported);
        Assert.Contains("2845 place(s) written", importOutput, StringComparison.Ordinal);
        Assert.Equal(0, validated);
        Assert.Contains("LI-TER-016", validateOutput, StringComparison.Ordinal);
        Assert.Contains(validateOutput.Split('\n'), l => l.Contains("93059", StringComparison.Ordinal) && l.Contains("93066", StringComparison.Ordinal));
        Assert.DoesNotContain("LI-TER-006", validateOutput, StringComparison.Ordinal);
        PlacesDocument document = TerritoryJson.Places.Read(File.ReadAllText(target)).GetValueOrThrow();
        Assert.Contains(document.Places, p => p.Commune.ToString() == "75112");
        Assert.Contains(document.Places, p => p.Commune.ToString() == "93059");
    }

    [Fact]
    public void ImportThenValidate_LieuxStandardExample_ExitsZero()
    {
        using var folder = new TempFolder();
        string target = folder.File("lieux.json");

        int imported = CliTests.Run("import", SharedData.PathOf("schemas/lieux-mediation-numerique/exemple-valide.csv"), "--from", "lieux", "--to", target).Exit;
        (int validated, string output, _) = CliTests.Run("validate", target, "--lang", "en");

        Assert.Equal(0, imported);
        Assert.True(validated == 0, output);
    }

    [Fact]
    public void Coverage_Paris_FromTheImportedList_AnalysesItsTwentyArrondissements()
    {
        using var folder = new TempFolder();
        string target = folder.File("france-services.json");
        Assert.Equal(0, CliTests.Run("import", SharedData.PathOf("france-services-20240801.csv"), "--from", "france-services", "--to", target).Exit);

        (int exit, string output, _) = CliTests.Run("coverage", "--departement", "75", "--places", target, "--format", "json");

        Assert.Equal(0, exit);
        CoverageResult result = TerritoryJson.CoverageResult.Read(output).GetValueOrThrow();
        Assert.Equal(20, result.Communes.Count);
        Assert.All(result.Communes, c => Assert.StartsWith("751", c.Code.ToString(), StringComparison.Ordinal));
        Assert.Equal(Geography.France.GetDepartement(DepartementCode.Parse("75")).Population, result.Population);
        Assert.All(result.Communes, c => Assert.True(c.Population > 0));
    }
}

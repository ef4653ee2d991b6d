using System.Text.Json;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Training;

namespace Landes.Inclusion.Tests.Cli;

public sealed class CatalogCommandTests
{
    [Fact]
    public void Catalog_Text_ListsTitlesVersionsAndBlocks()
    {
        (int exit, string output, _) = CliTests.Run("catalog");

        Assert.Equal(0, exit);
        Assert.Contains("Catalogue des titres professionnels (3 versions)", output, StringComparison.Ordinal);
        Assert.Contains("remn-2019 — Responsable d'espace de médiation numérique (TP-01336, RNCP34137)", output, StringComparison.Ordinal);
        Assert.Contains("Remplacé par : remn-2019", output, StringComparison.Ordinal);
        Assert.Contains("│  1 │ —         │ Accompagner différents publics vers l'autonomie dans les", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_Json_ReadsBackAsTheDefaultCatalog()
    {
        (int exit, string output, _) = CliTests.Run("catalog", "--format", "json");

        Assert.Equal(0, exit);
        CertificationCatalog catalog = CertificationJson.Catalog.Read(output).GetValueOrThrow();
        Assert.Equal(CertificationCatalog.Default.Titles.Select(t => t.Id), catalog.Titles.Select(t => t.Id));
    }

    [Fact]
    public void Programmes_Text_ListsPeriodsInEnglish()
    {
        (int exit, string output, _) = CliTests.Run("programmes", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Contains("Training programmes (1)", output, StringComparison.Ordinal);
        Assert.Contains("cnfs — ", output, StringComparison.Ordinal);
        foreach (RulePeriod period in TrainingProgrammeCatalog.Default.Programmes[0].Periods)
        {
            Assert.Contains(period.From.ToString("yyyy-MM-dd", null), output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Programmes_Json_IsAnArrayOfProgrammeDocuments()
    {
        (int exit, string output, _) = CliTests.Run("programmes", "--format", "json");

        Assert.Equal(0, exit);
        using JsonDocument document = JsonDocument.Parse(output);
        JsonElement programme = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal("cnfs", TrainingJson.Programme.Read(programme.GetRawText()).GetValueOrThrow().Id);
    }
}

namespace Landes.Inclusion.Tests.Infrastructure;

/// <summary>Every embedded dataset's source is attributed in the notices that both packages carry.</summary>
public sealed class AttributionTests
{
    [Theory]
    [InlineData("INSEE")] // COG and populations
    [InlineData("IGN, ADMIN EXPRESS")] // centroids and surfaces
    [InlineData("structures d'accueil des conseillers numériques")] // ANCT host structures (Landes sample)
    [InlineData("liste des structures France services")] // ANCT France Services list (Landes sample)
    [InlineData("programme Conseiller numérique France Services")] // ANCT programme rules (training, catalog facts)
    [InlineData("Journal officiel")] // official texts of the certification catalog
    [InlineData("Standard des lieux de médiation numérique, La MedNum")] // lieux vocabularies
    [InlineData("Schéma data·inclusion, GIP de l'inclusion")] // data·inclusion values
    public void ThirdPartyNotices_AttributeEveryEmbeddedSource(string attribution) =>
        Assert.Contains(attribution, RepositoryFiles.ReadAllText("THIRD-PARTY-NOTICES.md"), StringComparison.Ordinal);

    [Theory]
    [InlineData("src/Landes.Inclusion/Landes.Inclusion.csproj")]
    [InlineData("src/Landes.Inclusion.Cli/Landes.Inclusion.Cli.csproj")]
    public void BothPackages_CarryTheNotices(string project) =>
        Assert.Contains("THIRD-PARTY-NOTICES.md\" Pack=\"true\"", RepositoryFiles.ReadAllText(project), StringComparison.Ordinal);

    [Fact]
    public void DataSources_CiteNoArticleForTheReuseOfOfficialTexts()
    {
        string text = RepositoryFiles.ReadAllText("docs/data-sources.md");

        Assert.DoesNotContain("L. 122-5", text, StringComparison.Ordinal);
        Assert.Contains("Licence Ouverte 2.0", text, StringComparison.Ordinal);
        Assert.Contains("Légifrance", text, StringComparison.Ordinal);
    }
}

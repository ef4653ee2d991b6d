using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Cli;

/// <summary>The HTML report as a browser sees it: parsed with AngleSharp.</summary>
public sealed class ReportHtmlTests
{
    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Report_Html_IsOneSelfContainedAccessiblePage(string language)
    {
        IDocument page = Parse(language);

        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.False(string.IsNullOrWhiteSpace(page.Title));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Single(page.QuerySelectorAll("main"));
        // Nothing external: no script, no linked style sheet or image, no URL in a src, href or CSS url().
        Assert.Empty(page.QuerySelectorAll("script, link, img, iframe, object, embed"));
        Assert.DoesNotContain(page.All, e => e.HasAttribute("src"));
        Assert.All(page.All.Where(e => e.HasAttribute("href")), e => Assert.StartsWith("#", e.GetAttribute("href"), StringComparison.Ordinal));
        string style = string.Concat(page.QuerySelectorAll("style").Select(s => s.TextContent));
        Assert.DoesNotContain("url(", style, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", style, StringComparison.Ordinal);
        Assert.Contains("@page", style, StringComparison.Ordinal);
        Assert.Contains("A4", style, StringComparison.Ordinal);
        // Every table has a caption and column headers.
        IHtmlCollection<IElement> tables = page.QuerySelectorAll("table");
        Assert.True(tables.Length >= 8);
        Assert.All(tables, t =>
        {
            Assert.NotNull(t.QuerySelector("caption"));
            Assert.NotEmpty(t.QuerySelectorAll("thead th[scope=col]"));
        });
        Assert.NotNull(page.QuerySelector("footer dl"));
    }

    [Fact]
    public void Report_Html_HasTheMapWithOneMarkPerCommuneOfTheLandes()
    {
        IDocument page = Parse("fr");

        IElement svg = Assert.Single(page.QuerySelectorAll("figure#map svg"));
        Assert.Equal("img", svg.GetAttribute("role"));
        var communes = svg.QuerySelectorAll("[data-insee]");
        int expected = Geography.France.GetDepartement(DepartementCode.Landes).Communes.Count;
        Assert.Equal(expected, communes.Length);
        Assert.Equal(expected, communes.Select(c => c.GetAttribute("data-insee")).Distinct().Count());
        Assert.All(communes, c => Assert.False(string.IsNullOrWhiteSpace(c.QuerySelector("title")?.TextContent)));
        Assert.NotNull(page.QuerySelector("figure#map figcaption"));
    }

    [Fact]
    public void Report_Html_GroupsTheFindingsAndGivesTheEpciTable()
    {
        IDocument page = Parse("fr");

        IElement findings = Assert.Single(page.QuerySelectorAll("table"), t => t.QuerySelector("caption")!.TextContent.StartsWith("Constats, chacun une fois", StringComparison.Ordinal));
        var rows = findings.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToList()).ToList();
        Assert.Equal(rows.Count, rows.Select(r => r[2]).Distinct().Count());
        Assert.Contains(rows, r => r[2].StartsWith("Le catalogue ne connaît qu'une partie", StringComparison.Ordinal) && r[3] == "32");

        IElement epcis = Assert.Single(page.QuerySelectorAll("table"), t => t.QuerySelector("caption")!.TextContent.StartsWith("Par EPCI", StringComparison.Ordinal));
        Assert.All(epcis.QuerySelectorAll("tbody tr"), r => Assert.NotEqual("—", r.Children[^1].TextContent));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Report_Html_MatchesTheGoldenOutput(string language)
    {
        (int exit, string output, string error) = CliTests.Run("report", "--as-of", "2026-11-29", "--format", "html", "--lang", language);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        string golden = RepositoryFiles.ReadAllText($"tests/Landes.Inclusion.Tests/Cli/Golden/report-landes-2026-11-29.{language}.html");
        Assert.Equal(golden.ReplaceLineEndings("\n"), output.ReplaceLineEndings("\n"));
    }

    private static IDocument Parse(string language)
    {
        (int exit, string output, string error) = CliTests.Run("report", "--as-of", "2026-11-29", "--format", "html", "--lang", language);
        Assert.Equal(0, exit);
        Assert.Empty(error);
        return new HtmlParser().ParseDocument(output);
    }
}

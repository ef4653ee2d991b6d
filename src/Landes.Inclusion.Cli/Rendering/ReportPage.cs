using Landes.Inclusion.Cli.Commands;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Network;
using Landes.Inclusion.Territory;

namespace Landes.Inclusion.Cli.Rendering;

/// <summary>
/// The network report as the page a steering committee prints: headline figures, the report's tables, the coverage
/// map inline after the coverage tables, the grouped findings, and the sources and vintages at the foot.
/// </summary>
internal static class ReportPage
{
    public static string Render(ReportView view, NetworkReport report, NetworkDocument network, CoverageResult? coverage, IReadOnlyList<Place> places, MessageLanguage language)
    {
        bool en = language == MessageLanguage.English;
        var slots = new Dictionary<string, string>(StringComparer.Ordinal);
        if (coverage is not null)
        {
            slots[ReportCommand.MapSlot] = Figure(coverage, places, language);
        }

        return ReportHtml.Render(view, language, Figures(report, coverage, en), slots, Sources(report, network, coverage, en));
    }

    private static List<HeadlineFigure> Figures(NetworkReport report, CoverageResult? coverage, bool en)
    {
        ReportHeadcount h = report.Headcount;
        var figures = new List<HeadlineFigure>
        {
            new(Numbers.Integer(h.AdvisorsInPost, en), en ? "advisors in post" : "conseillers en poste"),
            new(Numbers.Integer(h.StructuresWithAdvisors, en), en ? "host structures" : "structures d'accueil"),
            new(Numbers.Integer(h.Places, en), en ? "places" : "lieux"),
        };
        if (report.Blocks.Count > 0)
        {
            BlockHolding block = report.Blocks[0];
            figures.Add(new($"{Numbers.Integer(block.Holders, en)} / {Numbers.Integer(block.AdvisorsInPost, en)}", en ? $"hold {block.TitleName} CCP{block.Block}" : $"détiennent le CCP{block.Block} du titre {block.TitleName}"));
        }

        figures.Add(new(Numbers.Integer(report.InTraining.Count, en), en ? "in training" : "en formation"));
        if (coverage is not null && report.Coverage is { } summary
            && summary.Thresholds.FirstOrDefault(t => t.ThresholdKm == coverage.CoverageRadiusKm) is { } within)
        {
            figures.Add(new(Numbers.Share(within.Share, en), en ? $"of inhabitants within {Numbers.Kilometres(within.ThresholdKm, en)} of a place" : $"des habitants à moins de {Numbers.Kilometres(within.ThresholdKm, en)} d'un lieu"));
        }

        return figures;
    }

    private static string Figure(CoverageResult coverage, IReadOnlyList<Place> places, MessageLanguage language)
    {
        bool en = language == MessageLanguage.English;
        string svg = CoverageCommand.Map(coverage, places, null, language);
        // Inline in HTML: no XML declaration.
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        string caption = en
            ? "Each commune is coloured by the crow-fly distance from its centre to the nearest place; hover or read a shape's title for its name, population and distance."
            : "Chaque commune est colorée selon la distance à vol d'oiseau de son centre au lieu le plus proche ; le titre de chaque forme donne son nom, sa population et sa distance.";
        return $"<figure id=\"map\">\n{svg[start..].TrimEnd()}\n<figcaption>{ReportHtml.E(caption)}</figcaption>\n</figure>";
    }

    private static List<(string Label, string Text)> Sources(NetworkReport report, NetworkDocument network, CoverageResult? coverage, bool en)
    {
        string date = NodaTime.Text.LocalDatePattern.Iso.Format(report.AsOf);
        var sources = new List<(string, string)>
        {
            (en ? "Report" : "Rapport", en ? $"{report.Network}, as of {date}; produced by Landes.Inclusion." : $"{report.Network}, au {date} ; produit par Landes.Inclusion."),
            (en ? "Network" : "Réseau", network.Source ?? (en ? "the network document given" : "le document réseau fourni")),
        };
        if (coverage is not null)
        {
            sources.Add((en ? "Territory" : "Territoire", en
                ? $"INSEE, Code officiel géographique {coverage.Vintage.CogYear} and populations municipales {coverage.Vintage.PopulationYear}, via @etalab/decoupage-administratif; IGN ADMIN EXPRESS (commune centroids and shapes). Licence Ouverte 2.0."
                : $"INSEE, Code officiel géographique {coverage.Vintage.CogYear} et populations municipales {coverage.Vintage.PopulationYear}, via @etalab/decoupage-administratif ; IGN ADMIN EXPRESS (centroïdes et contours des communes). Licence Ouverte 2.0."));
            sources.Add((en ? "Distances" : "Distances", en
                ? "Crow-fly, from each commune's centre to the nearest place: an approximation of access, not a travel time."
                : "À vol d'oiseau, du centre de chaque commune au lieu le plus proche : une approximation de l'accès, pas un temps de trajet."));
        }

        foreach (FindingGroup group in report.Findings)
        {
            sources.Add(((en ? "Rule " : "Règle ") + group.RuleId, group.Source));
        }

        return sources;
    }
}

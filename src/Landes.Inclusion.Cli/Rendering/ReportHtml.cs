using System.Text;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Cli.Rendering;

/// <summary>A headline figure of the HTML report: a value and what it counts.</summary>
internal sealed record HeadlineFigure(string Value, string Label);

/// <summary>
/// Renders a report view as one self-contained, accessible HTML page: <c>lang</c> set, headings and table captions,
/// column headers with <c>scope</c>, the map inline (its slot), the sources at the foot, and a print style sheet for
/// A4. Nothing external: no font, script, style sheet or image is referenced, so the page opens and prints offline.
/// </summary>
internal static class ReportHtml
{
    private const string Style = """
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --rule: #c8c8c8; --accent: #1f4e79; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); line-height: 1.45; }
        main, .foot { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.6rem; color: var(--accent); margin: 0 0 .5rem; }
        h2 { font-size: 1.15rem; color: var(--accent); margin: 1.6rem 0 .4rem; border-bottom: 1px solid var(--rule); }
        .figures { display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; margin: 1rem 0; list-style: none; }
        .figures li { flex: 1 1 9rem; border: 1px solid var(--rule); border-radius: .4rem; padding: .6rem .8rem; }
        .figures strong { display: block; font-size: 1.5rem; color: var(--accent); }
        table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .3rem 0 1rem; }
        caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        th, td { border: 1px solid var(--rule); padding: .25rem .45rem; vertical-align: top; text-align: left; overflow-wrap: break-word; }
        th { background: #eef2f7; }
        td.num { text-align: right; white-space: nowrap; }
        figure { margin: 1rem 0; }
        figure svg { width: 100%; height: auto; max-height: 250mm; }
        figcaption, footer { color: var(--muted); font-size: .8rem; }
        footer { margin-top: 1rem; border-top: 1px solid var(--rule); }
        footer dt { font-weight: 600; }
        footer dd { margin: 0 0 .3rem 1rem; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          main, .foot { max-width: none; padding: 0; }
          body { font-size: 10pt; }
          h2 { break-after: avoid; }
          table { font-size: 8pt; }
          thead { display: table-header-group; }
          tr, figure, .figures li { break-inside: avoid; }
          figure { break-before: page; }
        }
        """;

    /// <summary>Renders the page.</summary>
    /// <param name="view">The report's sections, in order.</param>
    /// <param name="language">The page's language (its <c>lang</c>).</param>
    /// <param name="figures">The headline figures, shown under the title.</param>
    /// <param name="slots">The HTML of each slot of the view, by name (already safe markup); missing slots are left out.</param>
    /// <param name="sources">The sources and vintages, as label and text, for the foot of the page.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(ReportView view, MessageLanguage language, IReadOnlyList<HeadlineFigure> figures, IReadOnlyDictionary<string, string> slots, IReadOnlyList<(string Label, string Text)> sources)
    {
        bool en = language == MessageLanguage.English;
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(en ? "en" : "fr").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(view.Title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(E(view.Title)).Append("</h1>\n");
        if (figures.Count > 0)
        {
            html.Append("<ul class=\"figures\" aria-label=\"").Append(en ? "Headline figures" : "Chiffres clés").Append("\">\n");
            foreach (HeadlineFigure figure in figures)
            {
                html.Append("<li><strong>").Append(E(figure.Value)).Append("</strong> ").Append(E(figure.Label)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        foreach (object block in view.Blocks)
        {
            switch (block)
            {
                case string line:
                    html.Append("<p>").Append(E(line)).Append("</p>\n");
                    break;
                case ViewSlot slot when slots.TryGetValue(slot.Name, out string? content):
                    html.Append(content).Append('\n');
                    break;
                case ViewTable table:
                    Table(html, table);
                    break;
            }
        }

        html.Append("</main>\n<footer>\n<div class=\"foot\">\n<h2>").Append(en ? "Sources and vintages" : "Sources et millésimes").Append("</h2>\n<dl>\n");
        foreach ((string label, string text) in sources)
        {
            html.Append("<dt>").Append(E(label)).Append("</dt><dd>").Append(E(text)).Append("</dd>\n");
        }

        html.Append("</dl>\n</div>\n</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Table(StringBuilder html, ViewTable table)
    {
        html.Append("<section>\n<h2>").Append(E(table.Title)).Append("</h2>\n");
        if (table.Rows.Count == 0)
        {
            html.Append("<p>").Append(E(table.EmptyText ?? "—")).Append("</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<caption>").Append(E(table.Title)).Append("</caption>\n<thead><tr>");
        foreach (string header in table.Headers)
        {
            html.Append("<th scope=\"col\">").Append(E(header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (IReadOnlyList<string> row in table.Rows)
        {
            html.Append("<tr>");
            for (int i = 0; i < row.Count; i++)
            {
                string cell = row[i];
                html.Append(i == 0 ? "<th scope=\"row\"" : "<td").Append(IsNumeric(cell) ? " class=\"num\"" : string.Empty).Append('>')
                    .Append(E(cell)).Append(i == 0 ? "</th>" : "</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    // Figures are right-aligned: a cell made of digits, separators, a sign and a unit (« 47,7 % », « 14,4 km », « 217 h »).
    private static bool IsNumeric(string cell) =>
        cell.Length > 0 && char.IsAsciiDigit(cell[0]) && cell.All(c => char.IsAsciiDigit(c) || " ,.%/\u202Fkmh".Contains(c, StringComparison.Ordinal));

    /// <summary>Text as HTML: the markup characters escaped, everything else as written (the page is UTF-8).</summary>
    internal static string E(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}

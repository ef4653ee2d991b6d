using System.Text;
using Spectre.Console;

namespace Landes.Inclusion.Cli.Rendering;

/// <summary>A table of a report view: a title, column headers and rows of cells (already formatted text).</summary>
internal sealed record ViewTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, string? EmptyText = null);

/// <summary>A place in a report view that only some renderings fill (the map of the HTML page); text and Markdown skip it.</summary>
internal sealed record ViewSlot(string Name);

/// <summary>
/// A report as sections of lines and tables, rendered either as terminal text (Spectre.Console tables) or Markdown,
/// so that both outputs show exactly the same content.
/// </summary>
internal sealed class ReportView
{
    private readonly List<object> _blocks = [];

    public ReportView(string title) => Title = title;

    public string Title { get; }

    public ReportView Line(string text)
    {
        _blocks.Add(text);
        return this;
    }

    public ReportView Table(ViewTable table)
    {
        _blocks.Add(table);
        return this;
    }

    public ReportView Slot(string name)
    {
        _blocks.Add(new ViewSlot(name));
        return this;
    }

    /// <summary>Gets the blocks in order: <see cref="string"/> lines, <see cref="ViewTable"/>s and <see cref="ViewSlot"/>s.</summary>
    public IReadOnlyList<object> Blocks => _blocks;

    public void WriteText(IAnsiConsole console)
    {
        if (ConsoleOutput.IsUnbounded(console))
        {
            // A rule fills the console's width: without a terminal, the title underlined to its own length.
            console.WriteLine(Title);
            console.WriteLine(new string('─', Title.Length));
        }
        else
        {
            console.Write(new Rule(Markup.Escape(Title)).LeftJustified());
        }

        foreach (object block in _blocks)
        {
            if (block is string line)
            {
                console.WriteLine(line);
                continue;
            }

            if (block is ViewSlot)
            {
                continue;
            }

            var table = (ViewTable)block;
            console.WriteLine();
            if (table.Rows.Count == 0)
            {
                console.WriteLine($"{table.Title} : {table.EmptyText ?? "—"}");
                continue;
            }

            var grid = new Table().Title(Markup.Escape(table.Title)).Border(TableBorder.Rounded);
            foreach (string header in table.Headers)
            {
                grid.AddColumn(Markup.Escape(header));
            }

            foreach (IReadOnlyList<string> row in table.Rows)
            {
                grid.AddRow([.. row.Select(Markup.Escape)]);
            }

            console.Write(grid);
        }
    }

    public string ToMarkdown()
    {
        var builder = new StringBuilder();
        builder.Append("# ").Append(Title).Append('\n');
        foreach (object block in _blocks)
        {
            if (block is string line)
            {
                builder.Append('\n').Append(line).Append('\n');
                continue;
            }

            if (block is ViewSlot)
            {
                continue;
            }

            var table = (ViewTable)block;
            builder.Append("\n## ").Append(table.Title).Append("\n\n");
            if (table.Rows.Count == 0)
            {
                builder.Append(table.EmptyText ?? "—").Append('\n');
                continue;
            }

            builder.Append("| ").AppendJoin(" | ", table.Headers.Select(Cell)).Append(" |\n");
            builder.Append('|').AppendJoin('|', table.Headers.Select(_ => "---")).Append("|\n");
            foreach (IReadOnlyList<string> row in table.Rows)
            {
                builder.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
            }
        }

        return builder.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}

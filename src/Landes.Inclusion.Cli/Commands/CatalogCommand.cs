using System.CommandLine;
using System.Globalization;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using NodaTime.Text;
using Spectre.Console;

namespace Landes.Inclusion.Cli.Commands;

/// <summary><c>catalog</c>: the embedded certification catalog (titles, versions, blocks), as tables or as the catalog JSON.</summary>
internal static class CatalogCommand
{
    private static readonly CliText Heading = new("Catalogue des titres professionnels ({0} versions)", "Catalog of professional titles ({0} versions)");
    private static readonly CliText Validity = new("Validité", "Validity");
    private static readonly CliText Open = new("en vigueur", "in force");
    private static readonly CliText Successor = new("Remplacé par", "Succeeded by");
    private static readonly CliText Blocks = new("Blocs (CCP)", "Blocks (CCP)");
    private static readonly CliText Number = new("N°", "No.");
    private static readonly CliText Code = new("Code RNCP", "RNCP code");
    private static readonly CliText Label = new("Intitulé", "Label");
    private static readonly CliText Legal = new("Texte", "Legal text");

    public static Command Create()
    {
        Option<string> format = CommonOptions.CreateFormat("text", "json");
        var command = new Command(
            "catalog",
            "Le catalogue embarqué des titres : versions, validité, blocs de compétences. / The embedded catalog of titles: versions, validity, blocks.\n" +
            "--format json écrit le catalogue (docs/schemas/certification-catalog.schema.json). / writes the catalog.\n\n" +
            "Exemples / examples:\n  landes-inclusion catalog\n  landes-inclusion catalog --format json > catalogue.json");
        command.Options.Add(format);
        command.SetAction(result => Execute(result, result.GetValue(format) == "json"));
        return command;
    }

    private static int Execute(ParseResult result, bool json)
    {
        CertificationCatalog catalog = CertificationCatalog.Default;
        if (json)
        {
            result.InvocationConfiguration.Output.WriteLine(CertificationJson.Catalog.WriteToString(catalog));
            return CliApplication.Success;
        }

        MessageLanguage language = CommonOptions.LanguageOf(result);
        IAnsiConsole console = ConsoleOutput.Create(result.InvocationConfiguration.Output);
        console.WriteLine(CommandSupport.Format(Heading, language, catalog.Titles.Count));
        foreach (TitleVersion title in catalog.Titles)
        {
            console.WriteLine();
            string codes = string.Join(", ", new[] { title.TitleCode?.ToString(), title.RncpCode?.ToString() }.Where(c => c is not null));
            console.WriteLine($"{title.Id} — {title.Name}{(codes.Length > 0 ? " (" + codes + ")" : string.Empty)}");
            string until = title.ValidUntil is { } end ? LocalDatePattern.Iso.Format(end) : Open.In(language);
            console.WriteLine("  " + Validity.Labelled(language, $"{LocalDatePattern.Iso.Format(title.ValidFrom)} → {until}"));
            if (title.Successor is { } successor)
            {
                console.WriteLine("  " + Successor.Labelled(language, successor));
            }

            console.WriteLine("  " + Legal.Labelled(language, title.LegalText.Name));
            var table = new Table().Title(Blocks.In(language)).AddColumn(new TableColumn(Number.In(language)).RightAligned())
                .AddColumn(Code.In(language)).AddColumn(Label.In(language));
            foreach (CertificationBlock block in title.Blocks)
            {
                table.AddRow(block.Number.ToString(CultureInfo.InvariantCulture), block.Code?.ToString() ?? "—", Markup.Escape(block.Label ?? "—"));
            }

            console.Write(table);
        }

        return CliApplication.Success;
    }
}

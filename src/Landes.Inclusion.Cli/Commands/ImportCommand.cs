using System.CommandLine;
using Landes.Inclusion.Cli.Documents;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Territory;

namespace Landes.Inclusion.Cli.Commands;

/// <summary>
/// <c>import FILE --from lieux|france-services --to FILE</c>: a lieux de médiation numérique CSV or a France Services
/// CSV to the library's places JSON. Rows with an error are left out and listed; exit code 1 when any was.
/// </summary>
internal static class ImportCommand
{
    private static readonly CliText Written = new(
        "{0} lieu(x) écrit(s) dans {1} ({2} ligne(s) lue(s), {3} écartée(s)).",
        "{0} place(s) written to {1} ({2} row(s) read, {3} left out).");

    private static readonly CliText NothingRead = new("{0} : aucune ligne lisible ; rien n'est écrit.", "{0}: no readable row; nothing written.");

    public static Command Create()
    {
        Argument<string> file = CommandSupport.FileArgument("FILE", "Fichier CSV à importer. / CSV file to import.");
        var from = new Option<string>("--from")
        {
            Description = "Format du fichier : lieux (lieux de médiation numérique v1.0.2) ou france-services (liste ANCT). / " +
                "File format: lieux (lieux de médiation numérique v1.0.2) or france-services (ANCT list).",
            Required = true,
        };
        from.AcceptOnlyFromAmong("lieux", "france-services");
        var to = new Option<string>("--to")
        {
            Description = "Fichier des lieux JSON à écrire (docs/schemas/places.schema.json). / Places JSON file to write.",
            Required = true,
        };
        var command = new Command(
            "import",
            "Importe un CSV des lieux de médiation numérique ou de France Services en liste de lieux JSON ; chaque ligne écartée est listée. / " +
            "Imports a lieux de médiation numérique or France Services CSV as a places JSON; every row left out is listed.\n" +
            "Codes de sortie / exit codes: 0 tout importé / all imported, 1 lignes écartées / rows left out, 2 illisible / unreadable.\n\n" +
            "Exemples / examples:\n  landes-inclusion import france-services.csv --from france-services --to lieux.json\n" +
            "  landes-inclusion import lieux.csv --from lieux --to lieux.json --lang en");
        command.Arguments.Add(file);
        command.Options.Add(from);
        command.Options.Add(to);
        command.SetAction(result => Execute(result, result.GetValue(file)!, result.GetValue(from) == "lieux", result.GetValue(to)!));
        return command;
    }

    private static int Execute(ParseResult result, string file, bool lieux, string target)
    {
        MessageLanguage language = CommonOptions.LanguageOf(result);
        if (!CommandSupport.TryReadFile(file, result, out byte[] bytes))
        {
            return CliApplication.UsageError;
        }

        PlacesRead read = PlaceFiles.ReadAs(lieux ? DocumentKinds.LieuxCsv : DocumentKinds.FranceServicesCsv, bytes);
        (IReadOnlyList<Place> places, ValidationReport leftOut) = PlaceFiles.KeepAccepted(read.Places ?? []);
        ValidationReport report = read.Report.Merge(leftOut);

        TextWriter output = result.InvocationConfiguration.Output;
        if (report.Problems.Count > 0)
        {
            CommandSupport.WriteProblems(output, file, report, language);
        }

        if (places.Count == 0 && !report.IsValid)
        {
            result.InvocationConfiguration.Error.WriteLine(CommandSupport.Format(NothingRead, language, file));
            return CliApplication.Invalid;
        }

        if (!CommandSupport.TryWriteFile(target, TerritoryJson.Places.WriteToString(new PlacesDocument { Places = places }), result))
        {
            return CliApplication.UsageError;
        }

        output.WriteLine(CommandSupport.Format(Written, language, places.Count, target, read.RowCount, read.RejectedRows + ((read.Places?.Count ?? 0) - places.Count)));
        return CommandSupport.ExitCodeOf(report);
    }
}

using System.CommandLine;
using Landes.Inclusion.Cli.Documents;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Cli.Commands;

/// <summary>
/// <c>validate FILE...</c>: recognises each file's kind (<see cref="DocumentKinds"/>), reads it strictly and lists
/// every problem. Exit code: 0 all valid, 1 a file is invalid, 2 a file is unreadable or of no known kind.
/// </summary>
internal static class ValidateCommand
{
    private static readonly CliText Unknown = new(
        "{0} : type de document non reconnu. Documents reconnus : {1}.",
        "{0}: unrecognised document kind. Recognised documents: {1}.");

    private static readonly CliText Valid = new("valide", "valid");
    private static readonly CliText NotValid = new("invalide", "invalid");

    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Fichiers à valider. / Files to validate.",
            Arity = ArgumentArity.OneOrMore,
        };
        Option<string> format = CommonOptions.CreateFormat("text", "json");
        var command = new Command(
            "validate",
            "Valide des documents de la bibliothèque (catalogue, dossier de candidat, programme, inscriptions, lieux, résultat de couverture, " +
            "rapport de validation ; CSV des lieux de médiation numérique ou de France Services, reconnus par leur en-tête) et liste chaque problème.\n" +
            "Validates library documents (catalog, candidate record, programme, enrolments, places, coverage result, validation report; lieux or " +
            "France Services CSV, recognised by their header) and lists every problem.\n" +
            "Codes de sortie / exit codes: 0 valide / valid, 1 invalide / invalid, 2 illisible / unreadable.\n" +
            "--format json écrit un rapport de validation (docs/schemas/validation-report.schema.json) ; un tableau de rapports pour plusieurs fichiers. / " +
            "writes a validation report; an array of reports for several files.\n\n" +
            "Exemples / examples:\n  landes-inclusion validate lieux.json\n  landes-inclusion validate dossier.json france-services.csv --lang en\n" +
            "  landes-inclusion validate lieux.csv --format json");
        command.Arguments.Add(files);
        command.Options.Add(format);
        command.SetAction(result => Execute(result, result.GetValue(files) ?? [], result.GetValue(format) == "json"));
        return command;
    }

    private static int Execute(ParseResult result, string[] files, bool json)
    {
        MessageLanguage language = CommonOptions.LanguageOf(result);
        TextWriter output = result.InvocationConfiguration.Output;
        int exit = CliApplication.Success;
        var documents = new List<string>();
        foreach (string file in files)
        {
            if (!CommandSupport.TryReadFile(file, result, out byte[] bytes))
            {
                exit = CliApplication.UsageError;
                continue;
            }

            InputShape shape = InputShape.Of(bytes);
            DocumentKind? kind = shape.IsMalformedJson ? null : DocumentKinds.Detect(shape);
            if (kind is null && !shape.IsMalformedJson)
            {
                result.InvocationConfiguration.Error.WriteLine(CommandSupport.Format(Unknown, language, file,
                    string.Join(", ", DocumentKinds.All.Select(k => k.Name.In(language)))));
                exit = CliApplication.UsageError;
                continue;
            }

            ValidationReport report = kind is null ? DocumentKinds.MalformedJson(bytes) : kind.Validate(bytes);
            if (!report.IsValid && exit == CliApplication.Success)
            {
                exit = CliApplication.Invalid;
            }

            if (json)
            {
                documents.Add(LandesJson.ValidationReport.WriteToString(ValidationReportDocument.From(report, language, file)));
            }
            else
            {
                string kindName = kind?.Name.In(language) ?? "JSON";
                string label = $"{file} ({kindName})";
                output.WriteLine(new CliText(label, label).Labelled(language, (report.IsValid ? Valid : NotValid).In(language)));
                CommandSupport.WriteProblems(output, report, language);
            }
        }

        if (json && documents.Count > 0)
        {
            output.WriteLine(CommandSupport.JsonDocuments(documents));
        }

        return exit;
    }
}

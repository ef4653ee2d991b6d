using System.CommandLine;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Spectre.Console;

namespace Landes.Inclusion.Cli.Commands;

/// <summary>
/// <c>report</c>: what the library knows, on the embedded Landes default when no argument is given.
/// </summary>
internal static class ReportCommand
{
    private static readonly CliText Title = new("Landes.Inclusion — rapport", "Landes.Inclusion — report");
    private static readonly CliText DefaultDepartement = new("Département par défaut", "Default département");
    private static readonly CliText Identifiers = new("Identifiants reconnus", "Identifiers recognised");
    private static readonly CliText Kind = new("Type", "Kind");
    private static readonly CliText Example = new("Exemple", "Example");
    private static readonly CliText Codes = new("Codes de problème documentés", "Documented problem codes");

    public static Command Create()
    {
        var command = new Command(
            "report",
            "Rapport sur le réseau (par défaut : les Landes, données embarquées). / Network report (default: the Landes, embedded data).\n\n" +
            "Exemples / examples:\n  landes-inclusion report\n  landes-inclusion report --lang en");
        command.SetAction(result => Execute(result));
        return command;
    }

    private static int Execute(ParseResult result)
    {
        MessageLanguage language = CommonOptions.LanguageOf(result);
        IAnsiConsole console = ConsoleOutput.Create(result.InvocationConfiguration.Output);

        console.WriteLine(Title.In(language));
        console.WriteLine(DefaultDepartement.Labelled(language, DepartementCode.Landes));
        console.WriteLine();

        var table = new Table().Title(Identifiers.In(language)).AddColumn(Kind.In(language)).AddColumn(Example.In(language));
        AddRow<InseeCode>(table, "40192", language);
        AddRow<DepartementCode>(table, "40", language);
        AddRow<PostalCode>(table, "40000", language);
        AddRow<Siren>(table, "224000018", language);
        AddRow<Siret>(table, "22400001800016", language);
        AddRow<EpciId>(table, "244000808", language);
        AddRow<TitreProfessionnelCode>(table, "TP-01336", language);
        AddRow<RncpCode>(table, "RNCP34137", language);
        AddRow<RncpBlockCode>(table, "RNCP34137BC01", language);
        console.Write(table);
        console.WriteLine(Codes.Labelled(language, ProblemCatalog.All.Count));
        return CliApplication.Success;
    }

    // Each example is parsed, not printed as a literal: the report shows what the library actually accepts.
    private static void AddRow<T>(Table table, string example, MessageLanguage language)
        where T : struct, IIdentifier<T> =>
        table.AddRow(Markup.Escape(T.KindName(language)), Markup.Escape(T.Parse(example, null).ToString()!));
}

using System.CommandLine;
using System.Globalization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Training;
using NodaTime.Text;
using Spectre.Console;

namespace Landes.Inclusion.Cli.Commands;

/// <summary><c>programmes</c>: the embedded training programmes and their rule periods, as tables or as JSON.</summary>
internal static class ProgrammesCommand
{
    private static readonly CliText Heading = new("Programmes de formation ({0})", "Training programmes ({0})");
    private static readonly CliText Period = new("Période", "Period");
    private static readonly CliText From = new("Du", "From");
    private static readonly CliText Until = new("Au", "Until");
    private static readonly CliText Open = new("en cours", "open");
    private static readonly CliText Paths = new("Parcours (heures de cours + stage)", "Paths (lesson + placement hours)");
    private static readonly CliText Deadline = new("Délai d'examen (mois)", "Exam deadline (months)");
    private static readonly CliText Targets = new("Certifications visées", "Target certifications");
    private static readonly CliText Source = new("Source", "Source");

    public static Command Create()
    {
        Option<string> format = CommonOptions.CreateFormat("text", "json");
        var command = new Command(
            "programmes",
            "Les programmes de formation embarqués et leurs périodes de règles (parcours, heures, délais). / " +
            "The embedded training programmes and their rule periods (paths, hours, deadlines).\n" +
            "--format json écrit un tableau de programmes (docs/schemas/training-programme.schema.json). / writes an array of programmes.\n\n" +
            "Exemples / examples:\n  landes-inclusion programmes\n  landes-inclusion programmes --format json --lang en");
        command.Options.Add(format);
        command.SetAction(result => Execute(result, result.GetValue(format) == "json"));
        return command;
    }

    private static int Execute(ParseResult result, bool json)
    {
        IReadOnlyList<TrainingProgramme> programmes = TrainingProgrammeCatalog.Default.Programmes;
        if (json)
        {
            List<string> documents = [.. programmes.Select(TrainingJson.Programme.WriteToString)];
            result.InvocationConfiguration.Output.WriteLine(CommandSupport.JsonDocuments(documents, alwaysArray: true));
            return CliApplication.Success;
        }

        MessageLanguage language = CommonOptions.LanguageOf(result);
        IAnsiConsole console = ConsoleOutput.Create(result.InvocationConfiguration.Output);
        console.WriteLine(CommandSupport.Format(Heading, language, programmes.Count));
        foreach (TrainingProgramme programme in programmes)
        {
            console.WriteLine();
            console.WriteLine($"{programme.Id} — {programme.Name}");
            console.WriteLine("  " + Source.Labelled(language, programme.Source));
            var table = new Table()
                .AddColumn(Period.In(language)).AddColumn(From.In(language)).AddColumn(Until.In(language))
                .AddColumn(Paths.In(language)).AddColumn(new TableColumn(Deadline.In(language)).RightAligned()).AddColumn(Targets.In(language));
            foreach (RulePeriod period in programme.Periods)
            {
                table.AddRow(
                    Markup.Escape(period.Id),
                    LocalDatePattern.Iso.Format(period.From),
                    period.Until is { } until ? LocalDatePattern.Iso.Format(until) : Open.In(language),
                    Markup.Escape(string.Join(", ", period.Paths.Select(p => $"{p.Id} {p.LessonHours} + {p.StageHours} h"))),
                    period.ExamDeadlineMonths.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join(", ", period.Targets.Select(t => t.Label))));
            }

            console.Write(table);
        }

        return CliApplication.Success;
    }
}

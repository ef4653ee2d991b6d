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
    private static readonly CliText PeriodLine = new("Période {0} : du {1} au {2} ; examen sous {3} mois", "Period {0}: {1} to {2}; exam within {3} months");
    private static readonly CliText OpenPeriodLine = new("Période {0} : depuis le {1} ; examen sous {3} mois", "Period {0}: since {1}; exam within {3} months");
    private static readonly CliText Path = new("Parcours", "Path");
    private static readonly CliText Lessons = new("Cours", "Lessons");
    private static readonly CliText Stage = new("Stage", "Placement");
    private static readonly CliText Total = new("Total", "Total");
    private static readonly CliText Target = new("Certification visée :", "Target certification:");
    private static readonly CliText Optional = new("Certification facultative :", "Optional certification:");
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
            foreach (RulePeriod period in programme.Periods)
            {
                string? until = period.Until is { } end ? LocalDatePattern.Iso.Format(end) : null;
                console.WriteLine();
                console.WriteLine(CommandSupport.Format(until is null ? OpenPeriodLine : PeriodLine, language, period.Id, LocalDatePattern.Iso.Format(period.From), until, period.ExamDeadlineMonths));
                var table = new Table().AddColumn(Path.In(language)).AddColumn(new TableColumn(Lessons.In(language)).RightAligned())
                    .AddColumn(new TableColumn(Stage.In(language)).RightAligned()).AddColumn(new TableColumn(Total.In(language)).RightAligned());
                foreach (TrainingPath path in period.Paths)
                {
                    table.AddRow(Markup.Escape(path.Label ?? path.Id), Hours(path.LessonHours), Hours(path.StageHours), Hours(path.LessonHours + path.StageHours));
                }

                console.Write(table);
                foreach (TargetCertification target in period.Targets)
                {
                    console.WriteLine($"  {(target.Optional ? Optional : Target).In(language)} {target.Label}");
                }
            }
        }

        return CliApplication.Success;
    }

    private static string Hours(int hours) => hours.ToString(CultureInfo.InvariantCulture) + " h";
}

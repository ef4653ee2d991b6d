using System.CommandLine;
using System.Globalization;
using Landes.Inclusion.Cli.Rendering;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Network;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Cli.Commands;

/// <summary>
/// <c>report [NETWORK.json] [--as-of DATE] [--format text|json|markdown]</c>: the network report, on the embedded Landes
/// sample when no file is given.
/// </summary>
internal static class ReportCommand
{
    private const int MaxItemsPerRule = 10;

    public static Command Create(IClock clock)
    {
        var file = new Argument<FileInfo?>("NETWORK.json")
        {
            Description = "Document réseau (par défaut : l'exemple des Landes embarqué). / Network document (default: the embedded Landes sample).",
            Arity = ArgumentArity.ZeroOrOne,
            CustomParser = argument =>
            {
                // An empty or impossible path is a usage error, not an exception of FileInfo.
                if (argument.Tokens.Count == 0)
                {
                    return null;
                }

                string path = argument.Tokens[0].Value;
                if (!string.IsNullOrWhiteSpace(path) && path.IndexOf('\0', StringComparison.Ordinal) < 0)
                {
                    return new FileInfo(path);
                }

                argument.AddError($"« {path} » n'est pas un chemin de fichier. / '{path}' is not a file path.");
                return null;
            },
        };
        Option<LocalDate?> asOf = CommonOptions.CreateAsOf();
        Option<string> format = CommonOptions.CreateFormat("text", "json", "markdown");
        var command = new Command(
            "report",
            "Rapport sur le réseau : effectifs, certification par titre et bloc, formation en cours et échéances d'examen, heures par parcours, alertes de contrats et de postes, couverture du territoire, constats par règle.\n" +
            "Network report: headcount, certification per title and block, training and exam deadlines, hours by path, contract and post alerts, coverage, findings by rule.\n\n" +
            "Exemples / examples:\n  landes-inclusion report\n  landes-inclusion report --as-of 2022-06-30 --lang en\n  landes-inclusion report reseau.json --format markdown")
        {
            file,
            asOf,
            format,
        };
        command.SetAction(result => Execute(result, file, asOf, format, clock));
        return command;
    }

    private static int Execute(ParseResult result, Argument<FileInfo?> fileArgument, Option<LocalDate?> asOfOption, Option<string> formatOption, IClock clock)
    {
        MessageLanguage language = CommonOptions.LanguageOf(result);
        TextWriter output = result.InvocationConfiguration.Output;
        TextWriter error = result.InvocationConfiguration.Error;
        NetworkDocument network;
        if (result.GetValue(fileArgument) is { } file)
        {
            using Stream stream = file.OpenRead();
            var read = NetworkJson.Network.Read(stream);
            if (!read.Succeeded)
            {
                foreach (Problem problem in read.Report.Problems)
                {
                    error.WriteLine(problem.ToString(language));
                }

                return CliApplication.Invalid;
            }

            network = read.Value;
        }
        else
        {
            network = LandesSample.Network;
        }

        LocalDate asOf = CommonOptions.AsOfOrToday(result, asOfOption, clock);
        NetworkReport report = new NetworkReporter().Build(network, asOf, new NetworkReportOptions { Language = language });
        switch (result.GetValue(formatOption))
        {
            case "json":
                output.Write(NetworkJson.Report.WriteToString(report));
                break;
            case "markdown":
                output.Write(View(report, language).ToMarkdown());
                break;
            default:
                View(report, language).WriteText(ConsoleOutput.Create(output));
                break;
        }

        return CliApplication.Success;
    }

    internal static ReportView View(NetworkReport report, MessageLanguage l)
    {
        bool en = l == MessageLanguage.English;
        string N(long value) => Numbers.Integer(value, en);
        string H(decimal hours) => Numbers.Hours(hours, en);
        ReportHeadcount h = report.Headcount;
        var view = new ReportView($"{report.Network} — {(en ? "as of" : "au")} {Date(report.AsOf)}");
        view.Line(en
            ? $"{h.AdvisorsInPost} advisors in post at {h.StructuresWithAdvisors} host structures; {h.OpenPosts} open posts, {h.VacantPosts} vacant; {h.Places} places."
            : $"{h.AdvisorsInPost} conseillers en poste dans {h.StructuresWithAdvisors} structures d'accueil ; {h.OpenPosts} postes ouverts, dont {h.VacantPosts} vacant(s) ; {h.Places} lieux.");
        foreach (BlockHolding block in report.Blocks)
        {
            view.Line(en
                ? $"{block.Holders} of {block.AdvisorsInPost} hold {block.TitleName} CCP{block.Block}."
                : $"{block.Holders} sur {block.AdvisorsInPost} détiennent le CCP{block.Block} du titre {block.TitleName}.");
        }

        view.Table(new ViewTable(
            en ? "Certification by title and block" : "Certification par titre et bloc",
            en ? ["Title", "Block", "Holders", "Not held by"] : ["Titre", "Bloc", "Détenteurs", "Non détenu par"],
            [.. report.Blocks.Select(b => (IReadOnlyList<string>)[b.TitleName, $"CCP{b.Block}" + (b.Label is null ? string.Empty : $" « {b.Label} »"), $"{b.Holders} / {b.AdvisorsInPost}", string.Join(", ", b.NotHeldBy)])],
            en ? "no block result recorded" : "aucun résultat de bloc enregistré"));
        view.Table(new ViewTable(
            en ? "Titles (rules R1–R6)" : "Titres (règles R1–R6)",
            en ? ["Title", "Certified", "Partial", "Lapsed", "Undetermined", "Not started", "Deadline"] : ["Titre", "Certifiés", "Partiels", "Caducs", "Indéterminés", "Non commencés", "Échéance"],
            [.. report.Titles.Select(t => (IReadOnlyList<string>)[t.TitleName, N(t.Certified), N(t.Partial), N(t.Lapsed), N(t.Undetermined), N(t.NotStarted), t.Deadline is { } d ? Date(d) : "—"])]));
        view.Table(new ViewTable(
            en ? "In training (exam within 6 months of the end, R10)" : "En formation (examen dans les 6 mois après la fin, R10)",
            en ? ["Advisor", "Name", "Recruited", "Status", "Path", "Hours", "Training ends", "Exam due by"] : ["Conseiller", "Nom", "Recruté le", "Statut", "Parcours", "Heures", "Fin de formation", "Examen au plus tard le"],
            [.. report.InTraining.Select(t => (IReadOnlyList<string>)[t.AdvisorId, t.Name, Date(t.RecruitedOn), Status(t.Status, en), t.Path ?? "—", t.HoursRequired is { } req ? $"{H(t.HoursDone)} / {H(req)}" : H(t.HoursDone), t.TrainingEnd is { } e ? Date(e) : "—", t.ExamDueBy is { } due ? Date(due) : "—"])],
            en ? "nobody" : "personne"));
        view.Table(new ViewTable(
            en ? "Initial training hours by path (R7)" : "Heures de formation initiale par parcours (R7)",
            en ? ["Period", "Path", "Required", "Advisors", "Min", "Median", "Max"] : ["Période", "Parcours", "Requises", "Conseillers", "Min", "Médiane", "Max"],
            [.. report.HoursByPath.Select(p => (IReadOnlyList<string>)[p.Period, p.Path, H(p.HoursRequired), N(p.Advisors), H(p.MinHours), H(p.MedianHours), H(p.MaxHours)])]));
        view.Table(new ViewTable(
            en ? "Contract and post alerts" : "Alertes sur les contrats et les postes",
            en ? ["Rule", "Where", "Alert"] : ["Règle", "Où", "Alerte"],
            [.. report.Alerts.Select(a => (IReadOnlyList<string>)[a.RuleId, a.Path, a.Message])],
            en ? "none" : "aucune"));
        if (report.Coverage is { } coverage)
        {
            view.Line(en
                ? $"Coverage of the département ({N(coverage.Communes)} communes, {N(coverage.Population)} inhabitants, COG {coverage.Vintage.CogYear}, population {coverage.Vintage.PopulationYear}) by {coverage.Places} places, crow-fly distance (a proxy for travel time, not a travel time):"
                : $"Couverture du département ({N(coverage.Communes)} communes, {N(coverage.Population)} habitants, COG {coverage.Vintage.CogYear}, population {coverage.Vintage.PopulationYear}) par {coverage.Places} lieux, à vol d'oiseau (une approximation du temps de trajet, pas un temps de trajet) :");
            view.Table(new ViewTable(
                en ? "Population within reach" : "Population à portée",
                en ? ["Within", "Communes", "Inhabitants", "Share"] : ["À moins de", "Communes", "Habitants", "Part"],
                [.. coverage.Thresholds.Select(t => (IReadOnlyList<string>)[Numbers.Kilometres(t.ThresholdKm, en), N(t.Communes), N(t.Population), Numbers.Share(t.Share, en)])]));
            view.Table(new ViewTable(
                en ? "Largest gaps (population × distance beyond the radius)" : "Plus grands manques (population × distance au-delà du rayon)",
                en ? ["Commune", "Inhabitants", "Nearest place", "Score"] : ["Commune", "Habitants", "Lieu le plus proche", "Score"],
                [.. coverage.LargestGaps.Select(g => (IReadOnlyList<string>)[$"{g.Name} ({g.Code})", N(g.Population), Numbers.Kilometres(g.DistanceKm, en), N((long)Math.Round(g.Score))])],
                en ? "none: every commune is within the radius" : "aucun : toutes les communes sont dans le rayon"));
        }

        view.Table(new ViewTable(
            en ? "Findings by rule" : "Constats par règle",
            en ? ["Rule", "Errors", "Warnings", "Information", "Source"] : ["Règle", "Erreurs", "Avertissements", "Informations", "Source"],
            [.. report.Findings.Select(g => (IReadOnlyList<string>)[g.RuleId, N(g.Errors), N(g.Warnings), N(g.Information), g.Source])],
            en ? "none" : "aucun"));
        foreach (FindingGroup group in report.Findings.Where(g => g.Errors + g.Warnings > 0))
        {
            var shown = group.Items.Where(i => i.Severity != ProblemSeverity.Information).ToList();
            view.Table(new ViewTable(
                $"{group.RuleId} — " + (en ? "errors and warnings" : "erreurs et avertissements"),
                en ? ["Severity", "Where", "Finding"] : ["Gravité", "Où", "Constat"],
                [.. shown.Take(MaxItemsPerRule).Select(i => (IReadOnlyList<string>)[Severity(i.Severity, en), i.Path, i.Message])]));
            if (shown.Count > MaxItemsPerRule)
            {
                view.Line(en
                    ? $"… and {shown.Count - MaxItemsPerRule} more (all of them with --format json)."
                    : $"… et {shown.Count - MaxItemsPerRule} de plus (tous avec --format json).");
            }
        }

        return view;
    }

    private static string Status(TrainingStatus status, bool en) => status switch
    {
        TrainingStatus.NotStarted => en ? "not started" : "pas commencée",
        TrainingStatus.InTraining => en ? "in training" : "en formation",
        TrainingStatus.ExamDue => en ? "exam due" : "examen à passer",
        TrainingStatus.ExamOverdue => en ? "exam overdue" : "examen en retard",
        TrainingStatus.ExamsSat => en ? "exams sat" : "examens passés",
        TrainingStatus.Completed => en ? "completed" : "terminée",
        _ => en ? "exempted" : "dispensé",
    };

    private static string Severity(ProblemSeverity severity, bool en) => severity switch
    {
        ProblemSeverity.Error => en ? "error" : "erreur",
        ProblemSeverity.Warning => en ? "warning" : "avertissement",
        _ => en ? "information" : "information",
    };

    private static string Date(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

}

using System.CommandLine;
using System.Globalization;
using Landes.Inclusion.Cli.Rendering;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Network;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Cli.Commands;

/// <summary>
/// <c>report [NETWORK.json] [--as-of DATE] [--format text|json|markdown|html]</c>: the network report, on the embedded Landes
/// sample when no file is given.
/// </summary>
internal static class ReportCommand
{
    /// <summary>Where the map stands in the report (after the coverage tables); only the HTML page fills it.</summary>
    internal const string MapSlot = "map";

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
        Option<string> format = CommonOptions.CreateFormat("text", "json", "markdown", "html");
        var command = new Command(
            "report",
            "Rapport sur le réseau : effectifs, certification par titre et bloc, formation en cours et échéances d'examen, heures par parcours, alertes de contrats et de postes, couverture du territoire, constats par règle.\n" +
            "Network report: headcount, certification per title and block, training and exam deadlines, hours by path, contract and post alerts, coverage, findings by rule.\n\n" +
            "Exemples / examples:\n  landes-inclusion report\n  landes-inclusion report --as-of 2022-06-30 --lang en\n  landes-inclusion report reseau.json --format markdown\n  landes-inclusion report --format html > rapport.html")
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
        var options = new NetworkReportOptions { Language = language };
        NetworkReport report = new NetworkReporter().Build(network, asOf, options);
        string format = result.GetValue(formatOption)!;
        if (format == "json")
        {
            output.Write(NetworkJson.Report.WriteToString(report));
            return CliApplication.Success;
        }

        // The per-EPCI table and the map need every commune's distance: the places staffed as of the report's date.
        IReadOnlyList<Territory.Place> staffed = network.PlacesStaffedOn(asOf);
        CoverageResult? coverage = staffed.Count == 0
            ? null
            : new CoverageAnalyzer(Geography.France).Analyze(TerritorySelection.OfDepartement(network.Departement), staffed, options.Coverage);
        ReportView view = View(report, network, coverage, language);
        switch (format)
        {
            case "markdown":
                output.Write(view.ToMarkdown());
                break;
            case "html":
                output.Write(ReportPage.Render(view, report, network, coverage, staffed, language));
                break;
            default:
                view.WriteText(ConsoleOutput.Create(output));
                break;
        }

        return CliApplication.Success;
    }

    internal static ReportView View(NetworkReport report, NetworkDocument? network, CoverageResult? epciCoverage, MessageLanguage l)
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
            string territory = DepartementNames.Label(report.Departement.ToString());
            view.Line(en
                ? $"Coverage of {territory} ({N(coverage.Communes)} communes, {N(coverage.Population)} inhabitants, COG {coverage.Vintage.CogYear}, population {coverage.Vintage.PopulationYear}) by {N(coverage.Places)} places, crow-fly distance (a proxy for travel time, not a travel time):"
                : $"Couverture : {territory} ({N(coverage.Communes)} communes, {N(coverage.Population)} habitants, COG {coverage.Vintage.CogYear}, population {coverage.Vintage.PopulationYear}) par {N(coverage.Places)} lieux, à vol d'oiseau (une approximation du temps de trajet, pas un temps de trajet) :");
            view.Table(new ViewTable(
                en ? "Population within reach" : "Population à portée",
                en ? ["Within", "Communes", "Inhabitants", "Share"] : ["À moins de", "Communes", "Habitants", "Part"],
                [.. coverage.Thresholds.Select(t => (IReadOnlyList<string>)[Numbers.Kilometres(t.ThresholdKm, en), N(t.Communes), N(t.Population), Numbers.Share(t.Share, en)])]));
            view.Table(new ViewTable(
                en ? "Largest gaps (population × distance beyond the radius)" : "Plus grands manques (population × distance au-delà du rayon)",
                en ? ["Commune", "Inhabitants", "Nearest place", "Score"] : ["Commune", "Habitants", "Lieu le plus proche", "Score"],
                [.. coverage.LargestGaps.Select(g => (IReadOnlyList<string>)[$"{g.Name} ({g.Code})", N(g.Population), Numbers.Kilometres(g.DistanceKm, en), N((long)Math.Round(g.Score))])],
                en ? "none: every commune is within the radius" : "aucun : toutes les communes sont dans le rayon"));
            if (epciCoverage is not null)
            {
                string radius = Numbers.Kilometres(epciCoverage.CoverageRadiusKm, en);
                view.Table(new ViewTable(
                    en ? $"Per EPCI (covered: within {radius}; advisors assigned on {Date(report.AsOf)})" : $"Par EPCI (couvert : à moins de {radius} ; conseillers affectés au {Date(report.AsOf)})",
                    en ? ["EPCI", "Population", "Places", "Covered", "Advisors", "Advisors / 10,000 inh."] : ["EPCI", "Population", "Lieux", "Couvert", "Conseillers", "Conseillers / 10 000 hab."],
                    [.. epciCoverage.Epcis.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => (IReadOnlyList<string>)[e.Name, N(e.Population), N(e.Places), Numbers.Share(e.CoveredShare, en), e.Advisors is { } a ? N(a) : "—", e.AdvisorsPer10000Inhabitants is { } r ? Numbers.Decimal(r, 2, en) : "—"])]));
            }

            view.Slot(MapSlot);
        }

        view.Table(new ViewTable(
            en ? "Findings by rule" : "Constats par règle",
            en ? ["Rule", "Errors", "Warnings", "Information", "Source"] : ["Règle", "Erreurs", "Avertissements", "Informations", "Source"],
            [.. report.Findings.Select(g => (IReadOnlyList<string>)[g.RuleId, N(g.Errors), N(g.Warnings), N(g.Information), g.Source])],
            en ? "none" : "aucun"));
        view.Table(new ViewTable(
            en ? "Findings, each said once (errors and warnings)" : "Constats, chacun une fois (erreurs et avertissements)",
            en ? ["Rule", "Severity", "Finding", "Count", "Concerned"] : ["Règle", "Gravité", "Constat", "Nombre", "Concernés"],
            [.. FindingDigest.Of(report, network).Select(f => (IReadOnlyList<string>)[f.RuleId, Severity(f.Severity, en), f.Message, N(f.Count), string.Join(", ", f.Concerned)])],
            en ? "none" : "aucun"));
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
        TrainingStatus.ExamsPassedHoursShort => en ? "exams passed, hours short" : "examens réussis, heures incomplètes",
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

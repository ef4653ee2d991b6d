using System.CommandLine;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Landes.Inclusion.Cli.Commands;

/// <summary>
/// <c>evaluate RECORD.json</c>: the certification status of a candidate record as of a date, and its explanation
/// (findings with rule ids and legal references). Exit code 0 when evaluated, 1 when the record is invalid, 2 unreadable.
/// </summary>
internal static class EvaluateCommand
{
    private static readonly CliText NoTitle = new(
        "Le dossier ne mentionne aucun titre : indiquez --title (titres du catalogue : {0}).",
        "The record mentions no title: give --title (titles of the catalog: {0}).");

    private static readonly CliText UnknownTitle = new(
        "--title : « {0} » n'est pas un titre du catalogue ({1}).", "--title: '{0}' is not a title of the catalog ({1}).");

    private static readonly CliText Heading = new("Certification « {0} » au {1}", "Certification '{0}' as of {1}");
    private static readonly CliText Candidate = new("Candidat", "Candidate");
    private static readonly CliText Outcome = new("Statut", "Status");
    private static readonly CliText Held = new("Blocs obtenus", "Blocks held");
    private static readonly CliText Missing = new("Blocs manquants", "Blocks missing");
    private static readonly CliText Pending = new("Blocs en attente de résultat", "Blocks awaiting a result");
    private static readonly CliText Deadline = new("Échéance", "Deadline");
    private static readonly CliText Findings = new("Explication", "Explanation");
    private static readonly CliText Rule = new("Règle", "Rule");
    private static readonly CliText Verdict = new("Verdict", "Verdict");
    private static readonly CliText Message = new("Constat", "Finding");
    private static readonly CliText Source = new("Source", "Source");
    private static readonly CliText None = new("aucun", "none");

    public static Command Create(IClock clock)
    {
        Argument<string> file = CommandSupport.FileArgument("RECORD", "Dossier de candidat (JSON). / Candidate record (JSON).");
        var title = new Option<string?>("--title")
        {
            Description = "Titre évalué (id du catalogue, ex. remn-2019) ; par défaut chaque titre que mentionne le dossier. / " +
                "Title evaluated (catalog id, e.g. remn-2019); by default each title the record mentions.",
        };
        Option<LocalDate?> asOf = CommonOptions.CreateAsOf();
        Option<string> format = CommonOptions.CreateFormat("text", "json");
        var command = new Command(
            "evaluate",
            "Statut de certification d'un dossier de candidat et son explication (règles R1–R6, sources). / " +
            "Certification status of a candidate record and its explanation (rules R1–R6, sources).\n" +
            "--format json écrit l'évaluation (docs/schemas/certification-evaluation.schema.json). / writes the evaluation.\n\n" +
            "Exemples / examples:\n  landes-inclusion evaluate dossier.json\n  landes-inclusion evaluate dossier.json --title remn-2019 --as-of 2024-06-30 --lang en");
        command.Arguments.Add(file);
        command.Options.Add(title);
        command.Options.Add(asOf);
        command.Options.Add(format);
        command.SetAction(result => Execute(
            result, result.GetValue(file)!, result.GetValue(title), CommonOptions.AsOfOrToday(result, asOf, clock), result.GetValue(format) == "json"));
        return command;
    }

    private static int Execute(ParseResult result, string file, string? titleId, LocalDate asOf, bool json)
    {
        MessageLanguage language = CommonOptions.LanguageOf(result);
        TextWriter error = result.InvocationConfiguration.Error;
        if (!CommandSupport.TryReadFile(file, result, out byte[] bytes))
        {
            return CliApplication.UsageError;
        }

        ReadResult<CandidateRecord> read = CertificationJson.Record.Read(bytes);
        if (!read.Succeeded)
        {
            CommandSupport.WriteProblems(error, file, read.Report, language);
            return CliApplication.Invalid;
        }

        CandidateRecord record = read.Value!;
        CertificationCatalog catalog = CertificationCatalog.Default;
        string known = string.Join(", ", catalog.Titles.Select(t => t.Id));
        List<string> titles = titleId is null ? TitlesOf(record) : [titleId];
        if (titles.Count == 0)
        {
            error.WriteLine(CommandSupport.Format(NoTitle, language, known));
            return CliApplication.UsageError;
        }

        var evaluations = new List<CertificationEvaluation>();
        foreach (string id in titles)
        {
            if (catalog.Find(id) is not { } title)
            {
                error.WriteLine(CommandSupport.Format(UnknownTitle, language, id, known));
                return CliApplication.UsageError;
            }

            evaluations.Add(CertificationEngine.Default.Evaluate(record, title, asOf));
        }

        if (json)
        {
            List<string> documents = [.. evaluations.Select(e =>
                CertificationJson.Evaluation.WriteToString(CertificationEvaluationDocument.From(e, language, record.CandidateId)))];
            result.InvocationConfiguration.Output.WriteLine(CommandSupport.JsonDocuments(documents));
            return CliApplication.Success;
        }

        IAnsiConsole console = ConsoleOutput.Create(result.InvocationConfiguration.Output);
        foreach (CertificationEvaluation evaluation in evaluations)
        {
            Write(console, evaluation, record, language);
        }

        return CliApplication.Success;
    }

    // The titles a record mentions, in order of first mention.
    private static List<string> TitlesOf(CandidateRecord record) =>
        [.. record.Results.Select(r => r.Title).Concat(record.TitleAwards.Select(a => a.Title)).Distinct(StringComparer.Ordinal)];

    private static void Write(IAnsiConsole console, CertificationEvaluation evaluation, CandidateRecord record, MessageLanguage language)
    {
        console.WriteLine(CommandSupport.Format(Heading, language, evaluation.Title, LocalDatePattern.Iso.Format(evaluation.AsOf)));
        if (record.CandidateId is { } candidate)
        {
            console.WriteLine(Candidate.Labelled(language, candidate));
        }

        console.WriteLine(Outcome.Labelled(language, OutcomeText(evaluation.Outcome).In(language)));
        console.WriteLine(Held.Labelled(language, Blocks(evaluation.HeldBlocks, language)));
        console.WriteLine(Missing.Labelled(language, Blocks(evaluation.MissingBlocks, language)));
        if (evaluation.PendingBlocks.Count > 0)
        {
            console.WriteLine(Pending.Labelled(language, string.Join(", ", evaluation.PendingBlocks.Select(p => $"CCP{p.Block} ({LocalDatePattern.Iso.Format(p.SessionDate)})"))));
        }

        if (evaluation.Deadline is { } deadline)
        {
            console.WriteLine(Deadline.Labelled(language, LocalDatePattern.Iso.Format(deadline)));
        }

        var table = new Table().Title(Findings.In(language))
            .AddColumn(Rule.In(language)).AddColumn(Verdict.In(language)).AddColumn(Message.In(language)).AddColumn(Source.In(language));
        foreach (Finding finding in evaluation.Findings)
        {
            table.AddRow(finding.RuleId, VerdictText(finding.Verdict).In(language), Markup.Escape(finding.GetMessage(language)), Markup.Escape(finding.LegalReference));
        }

        console.Write(table);
        console.WriteLine();
    }

    private static string Blocks(IReadOnlyList<int> blocks, MessageLanguage language) =>
        blocks.Count == 0 ? None.In(language) : string.Join(", ", blocks.Select(b => "CCP" + b.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static CliText OutcomeText(CertificationOutcome outcome) => outcome switch
    {
        CertificationOutcome.NotStarted => new("non commencé : aucun bloc obtenu", "not started: no block held"),
        CertificationOutcome.Partial => new("partiel : des blocs obtenus, d'autres manquent", "partial: some blocks held, others missing"),
        CertificationOutcome.Certified => new("certifié : titre obtenu", "certified: title held"),
        CertificationOutcome.Lapsed => new("caduc : le titre ne peut plus être complété", "lapsed: the title can no longer be completed"),
        _ => new("indéterminé : les données ne permettent pas de conclure", "undetermined: the data cannot decide"),
    };

    private static CliText VerdictText(FindingVerdict verdict) => verdict switch
    {
        FindingVerdict.Met => new("respectée", "met"),
        FindingVerdict.NotMet => new("non respectée", "not met"),
        FindingVerdict.Information => new("information", "information"),
        _ => new("indéterminé", "undetermined"),
    };
}

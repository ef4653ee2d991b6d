using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Calendar;
using Landes.Inclusion.Json;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Network;

/// <summary>
/// Builds a <see cref="NetworkReport"/>: runs the certification engine on each advisor's record, the training
/// compliance check on each enrolment, the contract and post checks and the coverage analysis, as of one day.
/// </summary>
/// <remarks>Create once and reuse; thread-safe. "Today" is never read from the system: pass a day or an <see cref="IClock"/>.</remarks>
public sealed class NetworkReporter
{
    /// <summary>The id under which the network's own checks (posts) are grouped.</summary>
    public const string NetworkRuleId = "NET";

    private const string ContractSource =
        "R14 — contrats vus dans les outils de l'ANCT (CDI sans fin ; CDD, PEC, contrat de projet avec fin ; temps plein) ; contrat de projet : loi n° 2019-828 du 6 août 2019";

    private const string VacancySource = "Conventions CnFS à partir de 2025 (ANCT) : un poste vacant doit être pourvu dans les 6 mois";

    private readonly CertificationEngine _engine;
    private readonly TrainingComplianceChecker _checker;
    private readonly CoverageAnalyzer _analyzer;

    /// <summary>Initializes a reporter with the embedded catalogs and geography.</summary>
    public NetworkReporter()
        : this(CertificationEngine.Default, new TrainingComplianceChecker(TrainingProgrammeCatalog.Default), new CoverageAnalyzer())
    {
    }

    /// <summary>Initializes a reporter with the given engines.</summary>
    /// <param name="engine">The certification rules engine.</param>
    /// <param name="checker">The training compliance checker.</param>
    /// <param name="analyzer">The coverage analyzer.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public NetworkReporter(CertificationEngine engine, TrainingComplianceChecker checker, CoverageAnalyzer analyzer)
        : this(engine, checker, analyzer, NetworkReportOptions.Default)
    {
    }

    /// <summary>Initializes a reporter with the given engines and the options used when a call passes none.</summary>
    /// <param name="engine">The certification rules engine.</param>
    /// <param name="checker">The training compliance checker.</param>
    /// <param name="analyzer">The coverage analyzer.</param>
    /// <param name="defaultOptions">The options used when a call passes null (for example the host's configured
    /// defaults, as <c>AddLandesInclusion</c> does).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public NetworkReporter(CertificationEngine engine, TrainingComplianceChecker checker, CoverageAnalyzer analyzer, NetworkReportOptions defaultOptions)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(defaultOptions);
        _engine = engine;
        _checker = checker;
        _analyzer = analyzer;
        DefaultOptions = defaultOptions;
    }

    /// <summary>Gets the options used when a call passes none (<see cref="NetworkReportOptions.Default"/> unless the
    /// reporter was built with others).</summary>
    public NetworkReportOptions DefaultOptions { get; }

    /// <summary>Builds the report as of today in Europe/Paris according to a clock.</summary>
    /// <param name="network">The network.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="options">The options, or null for <see cref="DefaultOptions"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> or <paramref name="clock"/> is null.</exception>
    public NetworkReport Build(NetworkDocument network, IClock clock, NetworkReportOptions? options)
    {
        return Build(network, FrenchCalendar.Today(clock), options);
    }

    /// <summary>Builds the report as of a day with the default options.</summary>
    /// <param name="network">The network (validate it first: the report assumes its references resolve).</param>
    /// <param name="asOf">The day the report describes.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public NetworkReport Build(NetworkDocument network, LocalDate asOf) => Build(network, asOf, null);

    /// <summary>Builds the report as of a day.</summary>
    /// <param name="network">The network (validate it first: the report assumes its references resolve).</param>
    /// <param name="asOf">The day the report describes.</param>
    /// <param name="options">The options, or null for <see cref="DefaultOptions"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public NetworkReport Build(NetworkDocument network, LocalDate asOf, NetworkReportOptions? options)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= DefaultOptions;
        MessageLanguage language = options.Language;
        var inPost = network.Advisors.Select((advisor, index) => (Advisor: advisor, Index: index))
            .Where(a => a.Advisor.IsInPostOn(asOf))
            .ToList();
        var items = new List<ReportItem>();

        (IReadOnlyList<BlockHolding> blocks, IReadOnlyList<TitleOutcomes> titles) = Certification(inPost, asOf, language, items);
        (IReadOnlyList<AdvisorInTraining> inTraining, IReadOnlyList<PathHours> hours) = Training(inPost, asOf, language, items);
        List<ReportItem> alerts = ContractAlerts(inPost, asOf, options, language);
        int vacantPosts = PostAlerts(network, inPost, asOf, options, language, alerts);
        items.AddRange(alerts);

        return new NetworkReport
        {
            Network = network.Name,
            Departement = network.Departement,
            AsOf = asOf,
            Language = language,
            Headcount = new ReportHeadcount
            {
                AdvisorsInPost = inPost.Count,
                AdvisorsNotInPost = network.Advisors.Count - inPost.Count,
                StructuresWithAdvisors = inPost.SelectMany(a => a.Advisor.Contracts.Where(c => c.IsInForceOn(asOf)).Select(c => c.StructureId)).Distinct(StringComparer.Ordinal).Count(),
                OpenPosts = network.Posts.Count(p => IsOpen(p, asOf)),
                VacantPosts = vacantPosts,
                Places = network.Places.Count,
            },
            Blocks = blocks,
            Titles = titles,
            InTraining = inTraining,
            HoursByPath = hours,
            Alerts = alerts,
            Coverage = Coverage(network, options),
            Findings = Group(items, language),
        };
    }

    private (IReadOnlyList<BlockHolding>, IReadOnlyList<TitleOutcomes>) Certification(
        List<(Advisor Advisor, int Index)> inPost, LocalDate asOf, MessageLanguage language, List<ReportItem> items)
    {
        // The titles the network's records speak of, in catalog order, and the versions that replace them.
        var mentioned = new HashSet<string>(
            inPost.SelectMany(a => a.Advisor.Certification?.Results ?? []).Select(r => r.Title), StringComparer.Ordinal);
        foreach (string id in mentioned.ToList())
        {
            if (_engine.Catalog.Find(id)?.Successor is { } successor)
            {
                mentioned.Add(successor);
            }
        }

        var titles = _engine.Catalog.Titles.Where(t => mentioned.Contains(t.Id)).ToList();

        // Once per advisor, not once per title: the record as evaluated (session evidence and remote-session frames
        // name a programme: an advisor's is that of the enrolment) and its own consistency check.
        var records = new Dictionary<int, (CandidateRecord Record, IReadOnlyList<Diagnostics.Problem> Errors)>();
        foreach ((Advisor advisor, int index) in inPost)
        {
            if (advisor.Certification is { } certification)
            {
                CandidateRecord record = certification.WithProgrammeIfNone(advisor.Training?.ProgrammeId);
                records[index] = (record, _engine.RecordErrors(record));
            }
        }

        var blocks = new List<BlockHolding>();
        var outcomes = new List<TitleOutcomes>();
        foreach (TitleVersion title in titles)
        {
            foreach (CertificationBlock block in title.Blocks)
            {
                var holders = inPost.Where(a => a.Advisor.Certification?.Results.Any(r =>
                    r.Obtained && r.Block == block.Number && r.SessionDate <= asOf && string.Equals(r.Title, title.Id, StringComparison.Ordinal)) == true).ToList();
                if (holders.Count == 0 && !inPost.Any(a => a.Advisor.Certification?.Results.Any(r => r.Title == title.Id && r.Block == block.Number) == true))
                {
                    continue;
                }

                blocks.Add(new BlockHolding
                {
                    Title = title.Id,
                    TitleName = title.ShortName,
                    Block = block.Number,
                    Label = block.Label,
                    Holders = holders.Count,
                    AdvisorsInPost = inPost.Count,
                    NotHeldBy = [.. inPost.Except(holders).Select(a => a.Advisor.Id)],
                });
            }

            int certified = 0, partial = 0, lapsed = 0, undetermined = 0, notStarted = 0;
            LocalDate? deadline = null;
            HashSet<string> lineage = Lineage(title);
            foreach ((Advisor advisor, int index) in inPost)
            {
                // An advisor with no result in this title's lineage has simply not started it.
                if (advisor.Certification is not { } record || !record.Results.Any(r => lineage.Contains(r.Title)))
                {
                    notStarted++;
                    continue;
                }

                (CandidateRecord evaluated, IReadOnlyList<Diagnostics.Problem> errors) = records[index];
                CertificationEvaluation evaluation = _engine.Evaluate(evaluated, title.Id, asOf, errors);
                switch (evaluation.Outcome)
                {
                    case CertificationOutcome.Certified: certified++; break;
                    case CertificationOutcome.Partial: partial++; break;
                    case CertificationOutcome.Lapsed: lapsed++; break;
                    case CertificationOutcome.Undetermined: undetermined++; break;
                    default: notStarted++; break;
                }

                if (evaluation.Outcome == CertificationOutcome.Partial && evaluation.Deadline is { } due && (deadline is null || due > deadline))
                {
                    deadline = due;
                }

                if (evaluation.Outcome != CertificationOutcome.NotStarted)
                {
                    AddFindings(evaluation, $"advisors[{index}].certification", language, items);
                }
            }

            outcomes.Add(new TitleOutcomes
            {
                Title = title.Id,
                TitleName = title.ShortName,
                Certified = certified,
                Partial = partial,
                Lapsed = lapsed,
                Undetermined = undetermined,
                NotStarted = notStarted,
                Deadline = deadline,
            });
        }

        return (blocks, outcomes);
    }

    // A title and the versions before it: results under an earlier version count towards the later one.
    private HashSet<string> Lineage(TitleVersion title)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (TitleVersion? version = title; version is not null && ids.Add(version.Id);)
        {
            version = version.Predecessor is { } previous ? _engine.Catalog.Find(previous) : null;
        }

        return ids;
    }

    private static void AddFindings(CertificationEvaluation evaluation, string path, MessageLanguage language, List<ReportItem> items)
    {
        foreach (Finding finding in evaluation.Findings)
        {
            ProblemSeverity? severity = finding.Kind == FindingKind.RecordInconsistent ? ProblemSeverity.Error : finding.Verdict switch
            {
                // The data cannot decide: someone should look (an unpublished correspondence, an incomplete catalog).
                FindingVerdict.Undetermined => ProblemSeverity.Warning,
                // A rule not met (blocks missing, a title lapsed) describes the advisor's situation; it is no data error.
                FindingVerdict.NotMet or FindingVerdict.Information => ProblemSeverity.Information,
                _ => null, // a rule met is part of the explanation, not something to act on
            };
            if (severity is { } level)
            {
                items.Add(new ReportItem
                {
                    RuleId = finding.RuleId,
                    Code = finding.Code,
                    Severity = level,
                    Path = path,
                    Message = finding.GetMessage(language),
                });
            }
        }
    }

    private (IReadOnlyList<AdvisorInTraining>, IReadOnlyList<PathHours>) Training(
        List<(Advisor Advisor, int Index)> inPost, LocalDate asOf, MessageLanguage language, List<ReportItem> items)
    {
        var trained = inPost.Where(a => a.Advisor.Training is not null).ToList();
        IReadOnlyList<EnrolmentCompliance> results = _checker.CheckAll([.. trained.Select(a => a.Advisor.Training!)], asOf);
        var inTraining = new List<AdvisorInTraining>();
        var byPath = new Dictionary<(string Period, string Path), (decimal Required, List<decimal> Done)>();
        for (int i = 0; i < results.Count; i++)
        {
            (Advisor advisor, int index) = trained[i];
            EnrolmentCompliance compliance = results[i];
            decimal done = Hours(compliance.LessonsDone + compliance.StageDone);
            decimal? required = compliance.Path is { } path ? Hours(path.Lessons + Duration.FromHours(path.StageHours)) : null;
            if (compliance.Status is TrainingStatus.NotStarted or TrainingStatus.InTraining or TrainingStatus.ExamDue or TrainingStatus.ExamOverdue)
            {
                inTraining.Add(new AdvisorInTraining
                {
                    AdvisorId = advisor.Id,
                    Name = advisor.Name.ToString(),
                    RecruitedOn = advisor.RecruitedOn,
                    Status = compliance.Status,
                    Path = compliance.Period is { } period && compliance.Path is { } p ? $"{period.Id}/{p.Id}" : null,
                    HoursDone = done,
                    HoursRequired = required,
                    TrainingEnd = advisor.Training!.End,
                    ExamDueBy = compliance.ExamDueBy,
                });
            }

            if (compliance.Period is { } rulePeriod && compliance.Path is { } trainingPath && required is { } hoursRequired)
            {
                var key = (rulePeriod.Id, trainingPath.Id);
                if (!byPath.TryGetValue(key, out var entry))
                {
                    entry = (hoursRequired, []);
                    byPath[key] = entry;
                }

                entry.Done.Add(done);
            }

            foreach (ComplianceFinding finding in compliance.Findings)
            {
                items.Add(new ReportItem
                {
                    RuleId = finding.RuleId,
                    Code = finding.Code,
                    Severity = finding.Severity,
                    Path = ProblemPath.Combine($"advisors[{index}].training", finding.Problem.Path),
                    Message = finding.Problem.GetMessage(language),
                });
            }
        }

        var hours = byPath
            .OrderBy(p => p.Key.Period, StringComparer.Ordinal)
            .ThenBy(p => p.Value.Required)
            .Select(p =>
            {
                var sorted = p.Value.Done.Order().ToList();
                return new PathHours
                {
                    Period = p.Key.Period,
                    Path = p.Key.Path,
                    HoursRequired = p.Value.Required,
                    Advisors = sorted.Count,
                    MinHours = sorted[0],
                    MedianHours = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2,
                    MaxHours = sorted[^1],
                };
            })
            .ToList();
        return (inTraining.OrderBy(t => t.ExamDueBy ?? LocalDate.MaxIsoValue).ThenBy(t => t.AdvisorId, StringComparer.Ordinal).ToList(), hours);
    }

    private static List<ReportItem> ContractAlerts(List<(Advisor Advisor, int Index)> inPost, LocalDate asOf, NetworkReportOptions options, MessageLanguage language)
    {
        var alerts = new List<ReportItem>();
        LocalDate horizon = asOf.PlusDays(options.ContractAlertDays);
        foreach ((Advisor advisor, int index) in inPost)
        {
            if (!advisor.Contracts.Any(c => c.IsInForceOn(asOf)))
            {
                alerts.Add(Item("R14", NetworkProblemDefinitions.NoContractInForce, $"advisors[{index}].contracts", language, ("date", Text(asOf))));
                continue;
            }

            for (int j = 0; j < advisor.Contracts.Count; j++)
            {
                EmploymentContract contract = advisor.Contracts[j];
                bool renewed = contract.End is { } end && advisor.Contracts.Any(c => c.Start > end);
                if (contract.End is { } last && last >= asOf && last <= horizon && !renewed && advisor.LeftOn is null)
                {
                    alerts.Add(Item("R14", NetworkProblemDefinitions.ContractEndingSoon, $"advisors[{index}].contracts[{j}].end", language,
                        ("kind", KindName(contract.Kind, language)), ("end", Text(last)), ("days", Period.DaysBetween(asOf, last).ToString(System.Globalization.CultureInfo.InvariantCulture))));
                }
            }
        }

        return alerts;
    }

    private static int PostAlerts(NetworkDocument network, List<(Advisor Advisor, int Index)> inPost, LocalDate asOf, NetworkReportOptions options, MessageLanguage language, List<ReportItem> alerts)
    {
        int vacant = 0;
        for (int i = 0; i < network.Posts.Count; i++)
        {
            Post post = network.Posts[i];
            if (!IsOpen(post, asOf) || inPost.Any(a => string.Equals(a.Advisor.PostId, post.Id, StringComparison.Ordinal)))
            {
                continue;
            }

            vacant++;
            LocalDate since = network.Advisors
                .Where(a => string.Equals(a.PostId, post.Id, StringComparison.Ordinal) && a.LeftOn is { } left && left < asOf)
                .Select(a => a.LeftOn!.Value.PlusDays(1))
                .DefaultIfEmpty(post.OpenedOn)
                .Max();
            if (asOf >= options.VacancyRuleFrom && since.Plus(options.VacancyLimit) < asOf)
            {
                alerts.Add(Item(NetworkRuleId, NetworkProblemDefinitions.PostVacantTooLong, $"posts[{i}]", language,
                    ("since", Text(since)),
                    ("days", Period.DaysBetween(since, asOf).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    ("months", options.VacancyLimit.Months.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        return vacant;
    }

    private CoverageSummary? Coverage(NetworkDocument network, NetworkReportOptions options)
    {
        if (network.Places.Count == 0)
        {
            return null;
        }

        CoverageResult result = _analyzer.Analyze(TerritorySelection.OfDepartement(network.Departement), network.Places, options.Coverage);
        return new CoverageSummary
        {
            Population = result.Population,
            Communes = result.Communes.Count,
            Places = network.Places.Count,
            Thresholds = result.Thresholds,
            LargestGaps = [.. result.Gaps.Take(options.LargestGaps)],
            Vintage = result.Vintage,
        };
    }

    private static List<FindingGroup> Group(List<ReportItem> items, MessageLanguage language) =>
        [.. items
            .GroupBy(i => i.RuleId, StringComparer.Ordinal)
            .OrderBy(g => RuleOrder(g.Key))
            .Select(g => new FindingGroup
            {
                RuleId = g.Key,
                Source = SourceOf(g.Key),
                Errors = g.Count(i => i.Severity == ProblemSeverity.Error),
                Warnings = g.Count(i => i.Severity == ProblemSeverity.Warning),
                Information = g.Count(i => i.Severity == ProblemSeverity.Information),
                Items = [.. g.OrderBy(i => i.Severity).ThenBy(i => i.Path, StringComparer.Ordinal)],
            })];

    private static string SourceOf(string ruleId) => ruleId switch
    {
        "R14" => ContractSource,
        NetworkRuleId => VacancySource,
        "R1" or "R2" or "R3" or "R4" or "R5" or "R6" or "R13" => FindingTexts.LegalReference(ruleId),
        _ => TrainingRules.SourceOf(ruleId),
    };

    // R1, R2, …, R14, then the network's own checks.
    private static int RuleOrder(string ruleId) =>
        ruleId.Length > 1 && ruleId[0] == 'R' && int.TryParse(ruleId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : int.MaxValue;

    private static bool IsOpen(Post post, LocalDate asOf) => post.OpenedOn <= asOf && (post.ClosedOn is null || asOf <= post.ClosedOn.Value);

    private static ReportItem Item(string ruleId, ProblemDefinition code, string path, MessageLanguage language, params (string Name, string Value)[] arguments)
    {
        var problem = new Problem(code, path, ProblemArguments.Of(arguments));
        return new ReportItem { RuleId = ruleId, Code = code.Code, Severity = problem.Severity, Path = path, Message = problem.GetMessage(language) };
    }

    private static string KindName(ContractKind kind, MessageLanguage language) => kind switch
    {
        ContractKind.Cdi => "CDI",
        ContractKind.Cdd => "CDD",
        ContractKind.Pec => "PEC",
        _ => language == MessageLanguage.English ? "contrat de projet (public project contract)" : "contrat de projet",
    };

    private static decimal Hours(Duration duration) => Math.Round((decimal)duration.TotalMinutes / 60m, 2);

    private static string Text(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}

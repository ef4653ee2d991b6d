using System.Collections.Frozen;
using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>
/// Evaluates a candidate's record against a title version of a catalog, with the rules R1–R6 and R13 of <c>docs/rules.md</c>:
/// ways to obtain a title (R1), conditions to sit (R2), acquisition during validity (R3), end of validity, allowance and
/// correspondences (R4), decisions (R5) and resits (R6). Where the data cannot decide, it says so and does not guess.
/// </summary>
/// <remarks>
/// <para>The engine indexes its catalog once; <see cref="Evaluate(CandidateRecord, string, LocalDate)"/> is thread-safe
/// (messages are built only when read).</para>
/// <para>Contract on invalid input: the engine validates the record with <see cref="CandidateRecordValidator"/> over the
/// same catalog first. When the record has errors, the outcome is <see cref="CertificationOutcome.Undetermined"/> and
/// each error is a <see cref="FindingKind.RecordInconsistent"/> finding carrying the problem; the other findings are
/// still given, for information. The engine never answers confidently on a record its validator rejects.</para>
/// </remarks>
public sealed class CertificationEngine
{
    private const int MaxBlock = 99;

    private static readonly Lazy<CertificationEngine> DefaultEngine = new(() => new CertificationEngine(CertificationCatalog.Default));

    private readonly TitleVersion[] _titles;
    private readonly Lazy<CandidateRecordValidator> _validator;
    private readonly FrozenDictionary<string, int> _indexById;

    // For each target version, for each other version: null when not an ancestor; otherwise the route to the target.
    private readonly Route?[][] _routes;

    /// <summary>Initializes an engine over a catalog (validate the catalog first: see <see cref="CertificationCatalogValidator"/>).</summary>
    /// <param name="catalog">The catalog.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException">Two titles share an identifier.</exception>
    public CertificationEngine(CertificationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        _titles = [.. catalog.Titles];
        _indexById = _titles.Select((t, i) => (t.Id, i)).ToFrozenDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _validator = new(() => new CandidateRecordValidator(this));
        _routes = new Route?[_titles.Length][];
        for (int target = 0; target < _titles.Length; target++)
        {
            _routes[target] = BuildRoutes(catalog, target);
        }
    }

    /// <summary>Gets an engine over <see cref="CertificationCatalog.Default"/>.</summary>
    public static CertificationEngine Default => DefaultEngine.Value;

    /// <summary>Gets the catalog.</summary>
    public CertificationCatalog Catalog { get; }

    /// <summary>Evaluates a record against a title version on a date.</summary>
    /// <param name="record">The candidate's record.</param>
    /// <param name="titleId">The catalog identifier of the title version, such as <c>remn-2019</c>.</param>
    /// <param name="asOf">The evaluation date: entries after it are ignored.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="titleId"/> is not in the catalog.</exception>
    public CertificationEvaluation Evaluate(CandidateRecord record, string titleId, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(titleId);
        if (!_indexById.ContainsKey(titleId))
        {
            throw new ArgumentException($"The title '{titleId}' is not in the catalog.", nameof(titleId));
        }

        return Evaluate(record, titleId, asOf, RecordErrors(record));
    }

    /// <summary>The record's own consistency errors, as the validator reports them (checked before any evaluation).</summary>
    internal IReadOnlyList<Diagnostics.Problem> RecordErrors(CandidateRecord record) => _validator.Value.Errors(record);

    /// <summary>Evaluates a record whose consistency errors are already known (<see cref="RecordErrors"/>), so that a
    /// caller evaluating one record against several titles checks it once.</summary>
    internal CertificationEvaluation Evaluate(CandidateRecord record, string titleId, LocalDate asOf, IReadOnlyList<Diagnostics.Problem> errors)
    {
        if (!_indexById.TryGetValue(titleId, out int target))
        {
            throw new ArgumentException($"The title '{titleId}' is not in the catalog.", nameof(titleId));
        }

        var findings = new List<Finding>(8);
        foreach (Diagnostics.Problem problem in errors)
        {
            findings.Add(new Finding(FindingKind.RecordInconsistent, _titles[target]) { RecordProblem = problem });
        }

        CertificationEvaluation.Draft evaluation = EvaluateCore(record, target, asOf, useAwards: true, findings);
        if (errors.Count > 0)
        {
            evaluation.Outcome = CertificationOutcome.Undetermined;
        }

        return evaluation.Freeze();
    }

    /// <summary>Evaluates a record against a title version on a date.</summary>
    /// <param name="record">The candidate's record.</param>
    /// <param name="title">A title version of the catalog.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is not in the catalog.</exception>
    public CertificationEvaluation Evaluate(CandidateRecord record, TitleVersion title, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(title);
        return Evaluate(record, title.Id, asOf);
    }

    /// <summary>Tells whether, without counting title awards, every block of a version is held on a date (null: cannot be decided).</summary>
    internal bool? AllBlocksHeldWithoutAward(CandidateRecord record, string titleId, LocalDate asOf)
    {
        if (!_indexById.TryGetValue(titleId, out int target) || !_titles[target].BlocksComplete)
        {
            return null;
        }

        CertificationEvaluation.Draft evaluation = EvaluateCore(record, target, asOf, useAwards: false, findings: null);
        return evaluation.Outcome == CertificationOutcome.Certified ? true
            : evaluation.PendingBlocks.Count > 0 ? null
            : false;
    }

    internal bool TryGetIndex(string titleId, out int index) => _indexById.TryGetValue(titleId, out index);

    private static Route?[] BuildRoutes(CertificationCatalog catalog, int target)
    {
        TitleVersion[] titles = [.. catalog.Titles];
        var routes = new Route?[titles.Length];

        // Walk the predecessors, composing the correspondences; stop on a cycle (a catalog error the validator reports).
        int[] map = [.. Enumerable.Range(0, MaxBlock + 1)];
        bool published = true;
        TitleVersion current = titles[target];
        var visited = new HashSet<string>(StringComparer.Ordinal) { current.Id };
        while (current.Predecessor is { } predecessorId && visited.Add(predecessorId))
        {
            int predecessor = Array.FindIndex(titles, t => string.Equals(t.Id, predecessorId, StringComparison.Ordinal));
            if (predecessor < 0)
            {
                break;
            }

            Correspondence? link = catalog.Correspondences.FirstOrDefault(c =>
                string.Equals(c.From, predecessorId, StringComparison.Ordinal) && string.Equals(c.To, current.Id, StringComparison.Ordinal));
            published &= link is { Status: CorrespondenceStatus.Published };
            int[] composed = new int[MaxBlock + 1];
            if (published)
            {
                foreach (BlockMapping mapping in link!.Mappings)
                {
                    if (mapping.FromBlock is > 0 and <= MaxBlock && mapping.ToBlock is > 0 and <= MaxBlock)
                    {
                        composed[mapping.FromBlock] = map[mapping.ToBlock];
                    }
                }
            }

            routes[predecessor] = new Route(published, composed);
            map = composed;
            current = titles[predecessor];
        }

        return routes;
    }

    private CertificationEvaluation.Draft EvaluateCore(CandidateRecord record, int target, LocalDate asOf, bool useAwards, List<Finding>? findings)
    {
        TitleVersion title = _titles[target];
        Route?[] routes = _routes[target];
        var evaluation = new CertificationEvaluation.Draft(title, asOf);
        var entries = new List<HeldEntry>(record.Results.Count);
        List<PendingBlock>? pending = null;
        LocalDate? awarded = null;

        if (useAwards)
        {
            foreach (TitleAward award in record.TitleAwards)
            {
                if (!string.Equals(award.Title, title.Id, StringComparison.Ordinal))
                {
                    continue;
                }

                if (award.Date > asOf)
                {
                    findings?.Add(new Finding(FindingKind.FutureEntryIgnored, title, date: award.Date));
                }
                else if (awarded is null || award.Date < awarded)
                {
                    awarded = award.Date;
                }
            }

            if (awarded is { } day)
            {
                findings?.Add(new Finding(FindingKind.TitleAwarded, title, date: day));
            }
        }

        foreach (BlockResult result in record.Results)
        {
            if (result.SessionDate > asOf)
            {
                findings?.Add(new Finding(FindingKind.FutureEntryIgnored, title, date: result.SessionDate));
                continue;
            }

            if (!_indexById.TryGetValue(result.Title, out int version) || result.Block is < 1 or > MaxBlock)
            {
                continue;
            }

            Route? route = version == target ? null : routes[version];
            if (version != target && route is null)
            {
                continue; // another lineage, or a later version: not part of this evaluation.
            }

            TitleVersion source = _titles[version];
            if (version == target && findings is not null)
            {
                CheckConditions(record, result, title, findings);
                CheckRemote(record, result, title, findings);
            }

            if (!result.Obtained)
            {
                if (version == target)
                {
                    findings?.Add(new Finding(FindingKind.BlockNotObtained, title, result.Block, result.SessionDate));
                }

                continue;
            }

            if (!Counts(record, source, result, findings, out LocalDate? fiveYears))
            {
                continue;
            }

            if (route is null)
            {
                entries.Add(new HeldEntry(result.Block, result.SessionDate, fiveYears, source, result.Block));
            }
            else if (!route.Published)
            {
                pending ??= [];
                pending.Add(new PendingBlock { Title = source.Id, Block = result.Block, SessionDate = result.SessionDate });
                findings?.Add(new Finding(FindingKind.CorrespondenceNotPublished, title, date: result.SessionDate, other: source, otherBlock: result.Block));
            }
            else if (route.Map[result.Block] is int mapped and > 0)
            {
                entries.Add(new HeldEntry(mapped, result.SessionDate, fiveYears, source, result.Block));
                findings?.Add(new Finding(FindingKind.BlockCarriedOver, title, mapped, result.SessionDate, other: source, otherBlock: result.Block));
            }
            else
            {
                findings?.Add(new Finding(FindingKind.BlockWithoutCounterpart, title, date: result.SessionDate, other: source, otherBlock: result.Block));
            }
        }

        // R1 and R3: the title is obtained by capitalisation on the first day every block is held; a CCP obtained before
        // 14 July 2016 is held only within its five years (the rule of the time), and a title obtained within them stays.
        LocalDate? capitalised = title.BlocksComplete ? CapitalisedOn(title, entries, asOf) : null;
        LocalDate heldOn = capitalised ?? asOf;
        UInt128 held = UInt128.Zero;
        foreach (HeldEntry entry in entries)
        {
            if (entry.Date <= heldOn && (entry.FiveYearsUntil is not { } until || heldOn <= until))
            {
                held |= UInt128.One << entry.Block;
            }

            if (findings is not null && entry.FiveYearsUntil is { } limit)
            {
                bool counts = asOf <= limit || capitalised is not null;
                findings.Add(new Finding(counts ? FindingKind.BlockAcquiredFiveYears : FindingKind.BlockExpiredFiveYears, entry.Source, entry.SourceBlock, entry.Date, limit));
            }
        }

        (List<int> heldList, List<int> missing) = Split(title, held);
        evaluation.HeldBlocks = heldList;
        evaluation.MissingBlocks = missing;
        evaluation.PendingBlocks = pending ?? (IReadOnlyList<PendingBlock>)[];

        bool certified = awarded is not null;
        if (!certified && capitalised is { } on && heldList.Count > 0)
        {
            certified = true;
            findings?.Add(new Finding(FindingKind.AllBlocksHeld, title, date: on) { Held = heldList });
        }

        if (findings is not null)
        {
            AddResitFindings(record, title, held, asOf, findings);
            if (!certified)
            {
                if (!title.BlocksComplete)
                {
                    findings.Add(new Finding(FindingKind.BlockListIncomplete, title));
                }

                findings.Add(new Finding(FindingKind.BlocksMissing, title) { Held = heldList, Missing = missing });
            }
        }

        evaluation.Outcome = certified ? CertificationOutcome.Certified : DecideWindow(record, title, asOf, heldList.Count > 0, evaluation, findings);
        if (evaluation.Outcome is CertificationOutcome.Partial or CertificationOutcome.NotStarted && pending is not null)
        {
            evaluation.Outcome = CertificationOutcome.Undetermined;
        }

        if (findings is not null)
        {
            AddSuccessorFindings(title, asOf, heldList, findings);
            AddCcsFindings(record, title, asOf, findings);
            evaluation.Findings = findings;
        }

        return evaluation;
    }

    // The first day (up to asOf) on which every block of the title is held, or null.
    private static LocalDate? CapitalisedOn(TitleVersion title, List<HeldEntry> entries, LocalDate asOf)
    {
        if (entries.Count == 0)
        {
            return null;
        }

        UInt128 all = UInt128.Zero;
        foreach (CertificationBlock block in title.Blocks)
        {
            if (block.Number is > 0 and <= MaxBlock)
            {
                all |= UInt128.One << block.Number;
            }
        }

        LocalDate? best = null;
        foreach (HeldEntry candidate in entries)
        {
            LocalDate day = candidate.Date;
            if (day > asOf || (best is { } known && day >= known))
            {
                continue;
            }

            UInt128 held = UInt128.Zero;
            foreach (HeldEntry entry in entries)
            {
                if (entry.Date <= day && (entry.FiveYearsUntil is not { } until || day <= until))
                {
                    held |= UInt128.One << entry.Block;
                }
            }

            if ((held & all) == all)
            {
                best = day;
            }
        }

        return best;
    }

    private static void CheckConditions(CandidateRecord record, BlockResult result, TitleVersion title, List<Finding> findings)
    {
        if (result.SessionKind is SessionKind.SessionTitre or SessionKind.SessionCcp
            && (record.TrainingStart is not { } training || training > result.SessionDate))
        {
            findings.Add(new Finding(FindingKind.TrainingNotShown, title, result.Block, result.SessionDate));
        }

        if (result.ProcesVerbal is null)
        {
            findings.Add(new Finding(FindingKind.NoProcesVerbal, title, result.Block, result.SessionDate));
        }
    }

    // R13: a remote session is covered only inside a catalog frame, with the remote method in the procès-verbal and the
    // DGEFP told beforehand. The jury's decision still counts (R5): R13 concerns how the session was held.
    private static void CheckRemote(CandidateRecord record, BlockResult result, TitleVersion title, List<Finding> findings)
    {
        if (!result.Remote)
        {
            return;
        }

        if (CertificationWindows.FindFrame(title.RemoteSessions, record, result.Block, result.SessionDate) is not { } frame)
        {
            findings.Add(new Finding(FindingKind.RemoteSessionOutsideFrame, title, result.Block, result.SessionDate));
            return;
        }

        FindingKind kind = result.RemoteMethodInProcesVerbal == false || result.DgefpInformed == false ? FindingKind.RemoteSessionNotCovered
            : result.RemoteMethodInProcesVerbal is null || result.DgefpInformed is null || CertificationWindows.ProgrammeNotShown(frame, record)
                ? FindingKind.RemoteSessionConditionsNotShown
            : FindingKind.RemoteSessionCovered;
        findings.Add(new Finding(kind, title, result.Block, result.SessionDate) { Frame = frame });
    }

    private static bool Counts(CandidateRecord record, TitleVersion source, BlockResult result, List<Finding>? findings, out LocalDate? fiveYears)
    {
        fiveYears = null;
        ResultWindow window = CertificationWindows.Check(source, record, result.Block, result.SessionDate, out SessionFrame? evidence);
        if (window == ResultWindow.Outside)
        {
            findings?.Add(new Finding(FindingKind.ResultOutsideValidity, source, result.Block, result.SessionDate));
            return false;
        }

        if (window == ResultWindow.UnderEvidence)
        {
            findings?.Add(new Finding(
                CertificationWindows.ProgrammeNotShown(evidence!, record) ? FindingKind.BlockUnderEvidenceProgrammeNotShown : FindingKind.BlockAcquiredUnderEvidence,
                source, result.Block, result.SessionDate) { Frame = evidence });
            return true;
        }

        if (result.SessionDate < CertificationWindows.R3Reform)
        {
            // R3 before 14 July 2016 (R. 338-5 as then written): the CCPs of a title « peuvent être acquis au cours d'une
            // période de cinq ans maximum »; read as five years from the session, to the same day inclusive.
            fiveYears = result.SessionDate.PlusYears(5);
            return true;
        }

        findings?.Add(new Finding(window == ResultWindow.Inside ? FindingKind.BlockAcquired : FindingKind.BlockAcquiredInAllowance, source, result.Block, result.SessionDate));
        return true;
    }

    private static CertificationOutcome DecideWindow(CandidateRecord record, TitleVersion title, LocalDate asOf, bool anyHeld, CertificationEvaluation.Draft evaluation, List<Finding>? findings)
    {
        CertificationOutcome open = anyHeld ? CertificationOutcome.Partial : CertificationOutcome.NotStarted;
        if (asOf < title.ValidFrom)
        {
            findings?.Add(new Finding(FindingKind.NotYetInForce, title));
            evaluation.Deadline = title.ValidUntil;
            return open;
        }

        if (title.ValidUntil is not { } end)
        {
            findings?.Add(new Finding(FindingKind.InForceOpenEnded, title));
            return open;
        }

        if (asOf <= end)
        {
            findings?.Add(new Finding(FindingKind.InForceUntil, title));
            evaluation.Deadline = end;
            return open;
        }

        if (findings is not null)
        {
            foreach (SessionFrame frame in title.SessionEvidence)
            {
                findings.Add(new Finding(FindingKind.SessionEvidenceAfterEnd, title) { Frame = frame });
            }
        }

        if (CertificationWindows.CompletionDeadline(title) is not { } deadline)
        {
            findings?.Add(new Finding(FindingKind.EndedWithoutAllowance, title));
            return CertificationOutcome.Lapsed;
        }

        if (!CertificationWindows.IsEligibleForAllowance(title, record, out LocalDate registeredOn))
        {
            findings?.Add(new Finding(FindingKind.AllowanceNotEligible, title, until: deadline));
            return CertificationOutcome.Lapsed;
        }

        if (asOf > deadline)
        {
            findings?.Add(new Finding(FindingKind.AllowanceExpired, title, until: deadline));
            return CertificationOutcome.Lapsed;
        }

        findings?.Add(new Finding(FindingKind.AllowanceOpen, title, date: registeredOn, until: deadline));
        evaluation.Deadline = deadline;
        return open;
    }

    private static void AddResitFindings(CandidateRecord record, TitleVersion title, UInt128 held, LocalDate asOf, List<Finding> findings)
    {
        IReadOnlyList<BlockResult> results = record.Results;
        for (int i = 0; i < results.Count; i++)
        {
            BlockResult failure = results[i];
            if (failure.Obtained || failure.SessionDate > asOf || failure.Block is < 1 or > MaxBlock
                || (held & (UInt128.One << failure.Block)) != UInt128.Zero
                || !string.Equals(failure.Title, title.Id, StringComparison.Ordinal)
                || HasLaterAttempt(results, failure, asOf))
            {
                continue;
            }

            LocalDate until = failure.SessionDate.PlusYears(1);
            findings.Add(new Finding(asOf <= until ? FindingKind.ResitOpen : FindingKind.ResitClosed, title, failure.Block, failure.SessionDate, until));
        }
    }

    private static bool HasLaterAttempt(IReadOnlyList<BlockResult> results, BlockResult failure, LocalDate asOf)
    {
        foreach (BlockResult other in results)
        {
            if (other.Block == failure.Block && other.SessionDate > failure.SessionDate && other.SessionDate <= asOf
                && string.Equals(other.Title, failure.Title, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void AddSuccessorFindings(TitleVersion title, LocalDate asOf, List<int> heldList, List<Finding> findings)
    {
        if (title.Successor is not { } successorId || !_indexById.TryGetValue(successorId, out int successor))
        {
            return;
        }

        TitleVersion next = _titles[successor];
        if (asOf < next.ValidFrom)
        {
            return;
        }

        findings.Add(new Finding(FindingKind.Succeeded, title, other: next));
        Route? route = _routes[successor][_indexById[title.Id]];
        if (heldList.Count > 0 && route is { Published: false })
        {
            findings.Add(new Finding(FindingKind.SuccessorCorrespondenceNotPublished, title, other: next) { Held = heldList });
        }
    }

    private void AddCcsFindings(CandidateRecord record, TitleVersion title, LocalDate asOf, List<Finding> findings)
    {
        foreach (CcsAward ccs in record.CcsAwards)
        {
            if (!string.Equals(ccs.Title, title.Id, StringComparison.Ordinal))
            {
                continue;
            }

            if (ccs.Date > asOf)
            {
                findings.Add(new Finding(FindingKind.FutureEntryIgnored, title, date: ccs.Date));
                continue;
            }

            // R1: the title must be held on the CCS's own day (awarded by then, or every CCP held that day).
            findings.Add(new Finding(TitleHeldOn(record, title.Id, ccs.Date) ? FindingKind.CcsHeld : FindingKind.CcsBeforeTitle, title, date: ccs.Date));
        }
    }

    /// <summary>
    /// R1, the one reading shared by the engine and the validator: a title is held on a day when the jury awarded it on or
    /// before that day, or when every one of its CCPs was held that day (capitalisation).
    /// </summary>
    internal bool TitleHeldOn(CandidateRecord record, string titleId, LocalDate day)
    {
        foreach (TitleAward award in record.TitleAwards)
        {
            if (award.Date <= day && string.Equals(award.Title, titleId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return AllBlocksHeldWithoutAward(record, titleId, day) == true;
    }

    private static (List<int> Held, List<int> Missing) Split(TitleVersion title, UInt128 held)
    {
        var heldList = new List<int>(title.Blocks.Count);
        var missing = new List<int>(title.Blocks.Count);
        foreach (CertificationBlock block in title.Blocks)
        {
            if (block.Number is > 0 and <= MaxBlock && (held & (UInt128.One << block.Number)) != UInt128.Zero)
            {
                heldList.Add(block.Number);
            }
            else
            {
                missing.Add(block.Number);
            }
        }

        return (heldList, missing);
    }

    private sealed record Route(bool Published, int[] Map);

    private readonly record struct HeldEntry(int Block, LocalDate Date, LocalDate? FiveYearsUntil, TitleVersion Source, int SourceBlock);
}

using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using NodaTime;

namespace Landes.Inclusion.Testing.Certification;

/// <summary>
/// FsCheck generators of the certification module: title versions, catalogs (lineages with published or unpublished
/// correspondences), valid records for a given title, and records with exactly one known defect with the code the
/// <see cref="CandidateRecordValidator"/> must report.
/// </summary>
/// <remarks>Generated titles start after 14 July 2016 and list all their blocks, so that every kind of defect applies.</remarks>
public static class CertificationGenerators
{
    private static readonly LocalDate Earliest = new(2017, 1, 1);

    // Declared first: static initializers run in textual order and the generators below use it.
    private static Gen<string> Word { get; } =
        Gen.Choose(3, 8).SelectMany(n => Gen.Choose(0, 25).ArrayOf(n)).Select(letters => new string([.. letters.Select(l => (char)('a' + l))]));

    /// <summary>Gets a generator of valid title versions (without predecessor or successor).</summary>
    public static Gen<TitleVersion> TitleVersion { get; } =
        from word in Word
        from number in Gen.Choose(1, 99999)
        from start in Gen.Choose(0, 3000)
        from open in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from years in Gen.Choose(1, 5)
        select Title($"tp-{word}-{number}", "lineage-" + word, Earliest.PlusDays(start), open ? null : Earliest.PlusDays(start).PlusYears(years).PlusDays(-1), blocks: 1 + (number % 5), end: open ? null : TitleEndStatus.Closed) into shape
        from level in Gen.Choose(3, 8)
        select WithLevel(shape, level);

    /// <summary>Gets a generator of valid catalogs: one to three versions of one lineage, linked by published or unpublished correspondences.</summary>
    public static Gen<CertificationCatalog> Catalog { get; } =
        from first in TitleVersion
        from versions in Gen.Choose(1, 3)
        from published in Gen.Elements(true, false).ArrayOf(2)
        from blockCounts in Gen.Choose(1, 5).ArrayOf(2)
        select Lineage(first, versions, published, blockCounts);

    /// <summary>Creates a generator of valid records for a title version: results inside its validity, no duplicates, awards only with every block, CCS after their title.</summary>
    /// <param name="title">The title version (its blocks must be complete).</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public static Gen<CandidateRecord> ValidRecord(TitleVersion title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return Gen.Elements(true, false).SelectMany(certified => ValidRecord(title, certified));
    }

    /// <summary>Creates a generator of valid records for a title version, certified (every block and an award) or not.</summary>
    /// <param name="title">The title version (its blocks must be complete).</param>
    /// <param name="certified">Whether the record holds every block and the title award.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public static Gen<CandidateRecord> ValidRecord(TitleVersion title, bool certified)
    {
        ArgumentNullException.ThrowIfNull(title);
        int span = Period.Between(title.ValidFrom, WindowEnd(title), PeriodUnits.Days).Days;
        Gen<BlockResult[]> perBlock(CertificationBlock block) =>
            from fate in certified ? Gen.Constant(0) : Gen.Choose(0, 3)
            from day in Gen.Choose(0, Math.Max(0, span - 1))
            from later in Gen.Choose(1, Math.Max(1, span - day))
            from remote in Gen.Elements(true, false)
            select fate switch
            {
                0 => [Result(title, block.Number, title.ValidFrom.PlusDays(day), true, remote)],
                1 => [Result(title, block.Number, title.ValidFrom.PlusDays(day), false, remote), Result(title, block.Number, title.ValidFrom.PlusDays(Math.Min(span, day + later)), true, remote)],
                2 => [Result(title, block.Number, title.ValidFrom.PlusDays(day), false, remote)],
                _ => Array.Empty<BlockResult>(),
            };

        return from results in Gen.CollectToSequence(title.Blocks, perBlock)
               from trainingLead in Gen.Choose(0, 365)
               from ccsDelay in Gen.Choose(0, 200)
               from registrationLead in Gen.Choose(1, 90)
               let all = results.SelectMany(r => r).ToArray()
               select Record(title, all, trainingLead, certified, ccsDelay, registrationLead);
    }

    /// <summary>Creates a generator of records with exactly one known defect for a title version of a catalog.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="title">A title version of the catalog (its blocks must be complete and it must have at least one CCS).</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Gen<DefectiveRecord> DefectiveRecord(CertificationCatalog catalog, TitleVersion title)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(title);
        string ccs = title.Ccs.Count > 0 ? title.Ccs[0].Id : "ccs";
        return Gen.OneOf(
            ValidRecord(title).Select(r => Defect(With(r, results: [.. r.Results, Retitle(Result(title, 1, title.ValidFrom, false, false), "no-such-title")]), CertificationProblemCodes.UnknownTitle, "a result names a title the catalog does not hold")),
            ValidRecord(title).Select(r => Defect(With(r, results: [.. r.Results, Result(title, title.Blocks.Max(b => b.Number) + 1, title.ValidFrom, false, false)]), CertificationProblemCodes.UnknownBlock, "a result names a block the title does not have")),
            ValidRecord(title).Select(r => Defect(With(r, results: [.. r.Results, Result(title, 1, title.ValidFrom.PlusDays(-1), false, false)]), CertificationProblemCodes.ResultOutsideValidity, "a result dated the day before the title's validity")),
            ValidRecord(title, certified: true).Select(r => Defect(With(r, results: [.. r.Results, r.Results[0]]), CertificationProblemCodes.DuplicateResult, "the same result twice")),
            ValidRecord(title, certified: true).Select(r => Defect(With(r, results: [.. r.Results.Where(x => x.Block != title.Blocks[0].Number)], ccsAwards: []), CertificationProblemCodes.AwardWithoutAllBlocks, "a title award without one of its blocks")),
            ValidRecord(title, certified: true).Select(r => Defect(With(r, ccsAwards: [new CcsAward { Title = title.Id, Ccs = ccs, Date = r.TitleAwards[0].Date.PlusDays(-1) }]), CertificationProblemCodes.CcsBeforeTitle, "a CCS the day before its title")),
            ValidRecord(title).Select(r => Defect(With(r, registrations: [.. r.Registrations, new SessionRegistration { Title = title.Id, RegisteredOn = LastDate(r).PlusDays(1), SessionDate = LastDate(r).PlusDays(30) }]), CertificationProblemCodes.DateAfterAsOf, "a registration after the evaluation date", asOf: LastDate(r))),
            ValidRecord(title, certified: true).Select(r => Defect(With(r, ccsAwards: [new CcsAward { Title = title.Id, Ccs = "no-such-ccs", Date = r.TitleAwards[0].Date }]), CertificationProblemCodes.UnknownCcs, "a CCS the title does not have")),
            ValidRecord(title).Select(r => Defect(With(r, registrations: [.. r.Registrations, new SessionRegistration { Title = title.Id, RegisteredOn = title.ValidFrom.PlusDays(10), SessionDate = title.ValidFrom.PlusDays(9) }]), CertificationProblemCodes.RegistrationAfterSession, "a registration after its session")));
    }

    private static LocalDate WindowEnd(TitleVersion title) => title.ValidUntil ?? title.ValidFrom.PlusYears(5).PlusDays(-1);

    private static TitleVersion Title(string id, string lineage, LocalDate from, LocalDate? until, int blocks, TitleEndStatus? end) => new()
    {
        Id = id,
        Lineage = lineage,
        Name = "Titre " + id,
        LegalText = new LegalText { Name = "Arrêté " + id, Date = from.PlusMonths(-2) },
        ValidFrom = from,
        ValidUntil = until,
        EndStatus = end,
        Blocks = [.. Enumerable.Range(1, blocks).Select(n => new CertificationBlock { Number = n, Label = $"Bloc {n} de {id}" })],
        BlocksComplete = true,
        Ccs = [new CcsDefinition { Id = "ccs-1", Label = "Spécialisation de " + id }],
        Sources = ["generated"],
    };

    private static TitleVersion WithLevel(TitleVersion title, int level) => Copy(title, level: level);

    private static TitleVersion Copy(TitleVersion t, int? level = null, string? id = null, LocalDate? from = null, LocalDate? until = null, bool clearUntil = false,
        TitleEndStatus? end = null, bool clearEnd = false, string? predecessor = null, string? successor = null, int? blocks = null) => new()
    {
        Id = id ?? t.Id,
        Lineage = t.Lineage,
        Name = id is null ? t.Name : "Titre " + id,
        Level = level ?? t.Level,
        LegalText = t.LegalText,
        ValidFrom = from ?? t.ValidFrom,
        ValidUntil = clearUntil ? null : until ?? t.ValidUntil,
        EndStatus = clearEnd ? null : end ?? t.EndStatus,
        Predecessor = predecessor ?? t.Predecessor,
        Successor = successor ?? t.Successor,
        Blocks = blocks is { } n ? [.. Enumerable.Range(1, n).Select(b => new CertificationBlock { Number = b, Label = $"Bloc {b}" })] : t.Blocks,
        BlocksComplete = t.BlocksComplete,
        Ccs = t.Ccs,
        Sources = t.Sources,
    };

    private static CertificationCatalog Lineage(TitleVersion first, int versions, bool[] published, int[] blockCounts)
    {
        var titles = new List<TitleVersion>();
        var correspondences = new List<Correspondence>();
        TitleVersion current = first;
        for (int v = 1; v < versions; v++)
        {
            LocalDate end = current.ValidUntil ?? current.ValidFrom.PlusYears(5).PlusDays(-1);
            string nextId = $"{first.Id}-v{v + 1}";
            titles.Add(Copy(current, until: end, end: TitleEndStatus.Revised, successor: nextId));
            TitleVersion next = Copy(first, id: nextId, from: end.PlusDays(1), clearUntil: true, clearEnd: true, predecessor: current.Id, blocks: blockCounts[v - 1]);
            int shared = Math.Min(current.Blocks.Count, next.Blocks.Count);
            correspondences.Add(new Correspondence
            {
                From = current.Id,
                To = nextId,
                Status = published[v - 1] ? CorrespondenceStatus.Published : CorrespondenceStatus.NotPublished,
                Mappings = published[v - 1] ? [.. Enumerable.Range(1, shared).Select(b => new BlockMapping { FromBlock = b, ToBlock = b })] : [],
            });
            current = next;
        }

        titles.Add(current);
        return new CertificationCatalog { Description = "generated", Titles = titles, Correspondences = correspondences };
    }

    private static BlockResult Result(TitleVersion title, int block, LocalDate date, bool obtained, bool remote) => new()
    {
        Title = title.Id,
        Block = block,
        SessionDate = date,
        SessionKind = SessionKind.SessionCcp,
        Remote = remote,
        Obtained = obtained,
        ProcesVerbal = "PV-" + block.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static BlockResult Retitle(BlockResult result, string title) => new()
    {
        Title = title,
        Block = result.Block,
        SessionDate = result.SessionDate,
        SessionKind = result.SessionKind,
        Remote = result.Remote,
        Obtained = result.Obtained,
        ProcesVerbal = result.ProcesVerbal,
    };

    private static CandidateRecord Record(TitleVersion title, BlockResult[] results, int trainingLead, bool certified, int ccsDelay, int registrationLead)
    {
        LocalDate? awardDate = certified && results.Length > 0 ? results.Max(r => r.SessionDate) : null;
        return new CandidateRecord
        {
            CandidateId = "candidate-" + results.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            TrainingStart = title.ValidFrom.PlusDays(-trainingLead),
            Results = results,
            Registrations = [.. results.Select(r => r.SessionDate).Distinct().Select(d => new SessionRegistration { Title = title.Id, RegisteredOn = d.PlusDays(-registrationLead), SessionDate = d })],
            TitleAwards = awardDate is { } a ? [new TitleAward { Title = title.Id, Date = a, ProcesVerbal = "PV-T" }] : [],
            CcsAwards = awardDate is { } c && title.Ccs.Count > 0 ? [new CcsAward { Title = title.Id, Ccs = title.Ccs[0].Id, Date = c.PlusDays(ccsDelay) }] : [],
        };
    }

    private static CandidateRecord With(CandidateRecord r, IReadOnlyList<BlockResult>? results = null, IReadOnlyList<SessionRegistration>? registrations = null, IReadOnlyList<CcsAward>? ccsAwards = null) => new()
    {
        CandidateId = r.CandidateId,
        TrainingStart = r.TrainingStart,
        Results = results ?? r.Results,
        Registrations = registrations ?? r.Registrations,
        TitleAwards = r.TitleAwards,
        CcsAwards = ccsAwards ?? r.CcsAwards,
    };

    private static LocalDate LastDate(CandidateRecord r) =>
        new[] { r.TrainingStart ?? LocalDate.MinIsoValue }
            .Concat(r.Results.Select(x => x.SessionDate))
            .Concat(r.Registrations.Select(x => x.RegisteredOn))
            .Concat(r.TitleAwards.Select(x => x.Date))
            .Concat(r.CcsAwards.Select(x => x.Date))
            .Max();

    private static DefectiveRecord Defect(CandidateRecord record, string code, string defect, LocalDate? asOf = null) =>
        new(record, asOf ?? LastDate(record).PlusDays(1), code, defect);
}

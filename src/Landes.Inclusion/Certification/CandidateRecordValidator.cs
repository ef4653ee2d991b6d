using System.Globalization;
using FluentValidation;
using Landes.Inclusion.Diagnostics;
using NodaTime;
using static Landes.Inclusion.Certification.CertificationFailures;

namespace Landes.Inclusion.Certification;

/// <summary>
/// Validates a <see cref="CandidateRecord"/> against a catalog: unknown titles, blocks and CCS, results outside their
/// version's validity (R3, R4), duplicate results, awards without all blocks and CCS before their title (R1),
/// registrations after their session and, when an evaluation date is given, dates after it (codes <c>LI-CER-1xx</c>).
/// </summary>
/// <remarks>Create once per catalog and reuse; thread-safe.</remarks>
public sealed class CandidateRecordValidator : AbstractValidator<CandidateRecord>
{
    private const string AsOfKey = "Landes.Inclusion.asOf";

    private readonly CertificationEngine _engine;

    /// <summary>Initializes a validator over the default catalog.</summary>
    public CandidateRecordValidator()
        : this(CertificationEngine.Default)
    {
    }

    /// <summary>Initializes a validator over a catalog.</summary>
    /// <param name="catalog">The catalog the record's titles refer to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public CandidateRecordValidator(CertificationCatalog catalog)
        : this(new CertificationEngine(catalog))
    {
    }

    internal CandidateRecordValidator(CertificationEngine engine)
    {
        _engine = engine;
        RuleFor(r => r).Custom((record, context) =>
            Check(record, context.RootContextData.TryGetValue(AsOfKey, out object? value) && value is LocalDate day ? day : null, new Sink(context)));
    }

    /// <summary>Validates a record, also rejecting every date after an evaluation date.</summary>
    /// <param name="record">The record.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>Every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public ValidationReport Validate(CandidateRecord record, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(record);
        var context = new ValidationContext<CandidateRecord>(record);
        context.RootContextData[AsOfKey] = asOf;
        return ValidationReport.FromFluentValidation(Validate(context));
    }

    /// <summary>The errors of a record, without FluentValidation's machinery (the engine's check before evaluating).</summary>
    internal IReadOnlyList<Problem> Errors(CandidateRecord record)
    {
        var sink = new Sink(null);
        Check(record, null, sink);
        return sink.Problems ?? (IReadOnlyList<Problem>)[];
    }

    private void Check(CandidateRecord record, LocalDate? asOf, Sink context)
    {
        CatalogIndex catalog = new(_engine.Catalog);
        CheckAfter(context, asOf, record.TrainingStart, new LazyPath("TrainingStart"));

        var seen = new HashSet<(string, int, LocalDate)>();
        for (int i = 0; i < record.Results.Count; i++)
        {
            BlockResult result = record.Results[i];
            var path = new LazyPath("Results", i);
            CheckAfter(context, asOf, result.SessionDate, path.With("SessionDate"));
            if (catalog.Title(context, result.Title, path.With("Title")) is not { } title)
            {
                continue;
            }

            if (title.BlocksComplete && !HasBlock(title, result.Block))
            {
                Add(context, path.With("Block").ToString(), CertificationProblemDefinitions.UnknownBlock, ("title", title.Id), ("block", Text(result.Block)));
            }

            if (CertificationWindows.Check(title, record, result.Block, result.SessionDate) == ResultWindow.Outside)
            {
                Add(context, path.With("SessionDate").ToString(), CertificationProblemDefinitions.ResultOutsideValidity, ("title", title.Id), ("date", Text(result.SessionDate)));
            }

            if (!seen.Add((result.Title, result.Block, result.SessionDate)))
            {
                Add(context, path.ToString(), CertificationProblemDefinitions.DuplicateResult,
                    ("title", title.Id), ("block", Text(result.Block)), ("date", Text(result.SessionDate)));
            }
        }

        for (int i = 0; i < record.Registrations.Count; i++)
        {
            SessionRegistration registration = record.Registrations[i];
            var path = new LazyPath("Registrations", i);
            _ = catalog.Title(context, registration.Title, path.With("Title"));
            CheckAfter(context, asOf, registration.RegisteredOn, path.With("RegisteredOn"));
            if (registration.RegisteredOn > registration.SessionDate)
            {
                Add(context, path.With("RegisteredOn").ToString(), CertificationProblemDefinitions.RegistrationAfterSession,
                    ("date", Text(registration.RegisteredOn)), ("sessionDate", Text(registration.SessionDate)));
            }
        }

        for (int i = 0; i < record.TitleAwards.Count; i++)
        {
            TitleAward award = record.TitleAwards[i];
            var path = new LazyPath("TitleAwards", i);
            CheckAfter(context, asOf, award.Date, path.With("Date"));
            if (catalog.Title(context, award.Title, path.With("Title")) is not null
                && _engine.AllBlocksHeldWithoutAward(record, award.Title, award.Date) == false)
            {
                Add(context, path.ToString(), CertificationProblemDefinitions.AwardWithoutAllBlocks, ("title", award.Title), ("date", Text(award.Date)));
            }
        }

        for (int i = 0; i < record.CcsAwards.Count; i++)
        {
            CcsAward ccs = record.CcsAwards[i];
            var path = new LazyPath("CcsAwards", i);
            CheckAfter(context, asOf, ccs.Date, path.With("Date"));
            if (catalog.Title(context, ccs.Title, path.With("Title")) is not { } title)
            {
                continue;
            }

            if (!title.Ccs.Any(c => string.Equals(c.Id, ccs.Ccs, StringComparison.Ordinal)))
            {
                Add(context, path.With("Ccs").ToString(), CertificationProblemDefinitions.UnknownCcs, ("title", title.Id), ("ccs", ccs.Ccs));
            }

            // R1 (one reading for the engine and the validator): the title is held on the CCS's day when it was awarded
            // by then, or when every CCP was held that day (capitalisation).
            if (!_engine.TitleHeldOn(record, title.Id, ccs.Date))
            {
                Add(context, path.With("Date").ToString(), CertificationProblemDefinitions.CcsBeforeTitle, ("title", title.Id), ("date", Text(ccs.Date)));
            }
        }
    }

    private static void CheckAfter(Sink context, LocalDate? asOf, LocalDate? date, LazyPath path)
    {
        if (asOf is { } limit && date is { } day && day > limit)
        {
            Add(context, path.ToString(), CertificationProblemDefinitions.DateAfterAsOf, ("date", Text(day)), ("asOf", Text(limit)));
        }
    }

    private static bool HasBlock(TitleVersion title, int block)
    {
        for (int i = 0; i < title.Blocks.Count; i++)
        {
            if (title.Blocks[i].Number == block)
            {
                return true;
            }
        }

        return false;
    }

    // A problem's path, written only when a check fails: « Head », « Head[Index] », then « .Member » when given.
    private readonly record struct LazyPath(string Head, int Index = -1, string? Member = null)
    {
        public LazyPath With(string member) => this with { Member = member };

        public override string ToString()
        {
            string item = Index < 0 ? Head : string.Create(CultureInfo.InvariantCulture, $"{Head}[{Index}]");
            return Member is null ? item : item + "." + Member;
        }
    }

    private readonly struct CatalogIndex(CertificationCatalog catalog)
    {
        public TitleVersion? Title(Sink context, string id, LazyPath path)
        {
            if (catalog.Find(id) is { } title)
            {
                return title;
            }

            Add(context, path.ToString(), CertificationProblemDefinitions.UnknownTitle, ("title", id));
            return null;
        }
    }

    // Where the checks put their problems: FluentValidation failures, or plain problems for the engine.
    private sealed class Sink(ValidationContext<CandidateRecord>? context)
    {
        public List<Problem>? Problems { get; private set; }

        public void Add(string path, ProblemDefinition code, (string Name, string Value)[] arguments)
        {
            if (context is not null)
            {
                CertificationFailures.Add(context, path, code, arguments);
                return;
            }

            (Problems ??= []).Add(new Problem(code, ProblemPath.FromPropertyChain(path), arguments.Length == 0 ? null : ProblemArguments.Of(arguments)));
        }
    }

    private static void Add(Sink sink, string path, ProblemDefinition code, params (string Name, string Value)[] arguments) => sink.Add(path, code, arguments);
}

using FluentValidation;
using FluentValidation.Results;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;
using Landes.Inclusion.Validation;
using NodaTime;
using Codes = Landes.Inclusion.Network.NetworkProblemDefinitions;

namespace Landes.Inclusion.Network;

/// <summary>
/// Validates a whole network document: ids unique and references resolved, contracts per rule R14, periods in order,
/// and every nested document with its own module's validator (places, training enrolments, certification records),
/// each problem at its path in the network (<c>advisors[3].training.sessions[12].minutes</c>).
/// </summary>
/// <remarks>Create once and reuse (thread-safe after construction).</remarks>
public sealed class NetworkValidator : AbstractValidator<NetworkDocument>
{
    /// <summary>Initializes a validator with the embedded catalogs and geography.</summary>
    public NetworkValidator()
        : this(new PlaceValidator(), new EnrolmentValidator(), new CandidateRecordValidator())
    {
    }

    /// <summary>Initializes a validator with the given nested validators (for custom catalogs or geography).</summary>
    /// <param name="placeValidator">Validates each place.</param>
    /// <param name="enrolmentValidator">Validates each advisor's training enrolment.</param>
    /// <param name="recordValidator">Validates each advisor's certification record.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public NetworkValidator(IValidator<Place> placeValidator, IValidator<Enrolment> enrolmentValidator, IValidator<CandidateRecord> recordValidator)
    {
        ArgumentNullException.ThrowIfNull(placeValidator);
        ArgumentNullException.ThrowIfNull(enrolmentValidator);
        ArgumentNullException.ThrowIfNull(recordValidator);

        RuleFor(d => d.Name).NotEmpty().WithProblem(Codes.EmptyText);
        RuleFor(d => d.Departement).IsSet();
        // Nested documents keep their own validators; the network's own per-item rules run in one pass below.
        if (placeValidator is PlaceValidator && enrolmentValidator is EnrolmentValidator && recordValidator is CandidateRecordValidator)
        {
            // The library's own validators are synchronous: one loop calls them on each item, and their failures get
            // the paths FluentValidation's per-item rules give (Places[2], Advisors[3].Training), without the
            // context, chain, condition and path string those rules make per item and rule (a national network has
            // thousands of items and a dozen rules each).
            RuleFor(d => d).Custom((document, context) => ValidateNested(document, context, placeValidator, enrolmentValidator, recordValidator));
        }
        else
        {
            // A host's validators may be asynchronous: FluentValidation's own rules run them either way.
            RuleForEach(d => d.Places).SetValidator(placeValidator);
            RuleForEach(d => d.Advisors).ChildRules(advisor =>
            {
                advisor.RuleFor(a => a.Training!).SetValidator(enrolmentValidator).When(a => a.Training is not null);
                advisor.RuleFor(a => a.Certification!).SetValidator(recordValidator).When(a => a.Certification is not null);
            });
        }

        RuleFor(d => d).Custom(CheckItems);
        RuleFor(d => d).Custom(CheckReferencesAndContracts);
    }

    private static void ValidateNested(NetworkDocument document, ValidationContext<NetworkDocument> context, IValidator<Place> placeValidator,
        IValidator<Enrolment> enrolmentValidator, IValidator<CandidateRecord> recordValidator)
    {
        for (int i = 0; i < document.Places.Count; i++)
        {
            Validate(context, placeValidator, document.Places[i], "Places", i, member: null);
        }

        for (int i = 0; i < document.Advisors.Count; i++)
        {
            Advisor advisor = document.Advisors[i];
            if (advisor.Training is { } training)
            {
                Validate(context, enrolmentValidator, training, "Advisors", i, "Training");
            }

            if (advisor.Certification is { } record)
            {
                Validate(context, recordValidator, record, "Advisors", i, "Certification");
            }
        }
    }

    // The item validated on its own (paths relative to it, so no path is built for a rule that passes), then each
    // failure moved to the item's place in the document: « list[index].member. » before its path, as FluentValidation's
    // chain would have written it (Places[2].Latitude, Advisors[3].Training.Sessions[1].Minutes).
    private static void Validate<TItem>(ValidationContext<NetworkDocument> context, IValidator<TItem> validator, TItem item, string list, int index, string? member)
    {
        ValidationResult result = validator.Validate(item);
        if (result.Errors.Count == 0)
        {
            return;
        }

        string prefix = member is null ? $"{list}[{index}]" : $"{list}[{index}].{member}";
        foreach (ValidationFailure failure in result.Errors)
        {
            failure.PropertyName = context.PropertyChain.BuildPropertyPath(
                string.IsNullOrEmpty(failure.PropertyName) ? prefix : prefix + "." + failure.PropertyName);
            context.AddFailure(failure);
        }
    }

    // Texts and identifiers every structure and advisor must have, without a validation context per item.
    private static void CheckItems(NetworkDocument document, ValidationContext<NetworkDocument> context)
    {
        for (int i = 0; i < document.Structures.Count; i++)
        {
            HostStructure structure = document.Structures[i];
            RequireText(context, structure.Id, i, "structures", ".id");
            RequireText(context, structure.Name, i, "structures", ".name");
            RequireSet(context, structure.Siret, i, "structures", ".siret");
            RequireSet(context, structure.Commune, i, "structures", ".commune");
        }

        for (int i = 0; i < document.Advisors.Count; i++)
        {
            Advisor advisor = document.Advisors[i];
            RequireText(context, advisor.Id, i, "advisors", ".id");
            RequireText(context, advisor.Name.Given, i, "advisors", ".name.given");
            RequireText(context, advisor.Name.Family, i, "advisors", ".name.family");
            if (advisor.Certification is { SchemaVersion: { } version } && version != CandidateRecord.CurrentSchemaVersion)
            {
                // A record inside a network is read in its own version's form: only the one this library reads.
                ProblemFailures.Add(context, $"advisors[{i}].certification.schemaVersion", JsonProblemDefinitions.UnsupportedSchemaVersion,
                    ("value", version), ("document", "candidate-record"), ("supported", CandidateRecord.CurrentSchemaVersion));
            }
        }
    }

    private static void RequireText(ValidationContext<NetworkDocument> context, string? text, int index, string list, string member)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            ProblemFailures.Add(context, $"{list}[{index}]{member}", Codes.EmptyText);
        }
    }

    private static void RequireSet<TId>(ValidationContext<NetworkDocument> context, TId id, int index, string list, string member)
        where TId : struct, Identifiers.IIdentifier<TId>
    {
        if (id.IsDefault)
        {
            ProblemFailures.Add(context, $"{list}[{index}]{member}", IdentifierProblemDefinitions.Uninitialized, ("kind", Identifiers.IdentifierText.KindKey<TId>()));
        }
    }

    private static void CheckReferencesAndContracts(NetworkDocument document, ValidationContext<NetworkDocument> context)
    {
        var structures = UniqueIds(context, document.Structures, s => s.Id, "structures");
        var places = UniqueIds(context, document.Places, p => p.Id, "places");
        var posts = UniqueIds(context, document.Posts, p => p.Id, "posts");
        _ = UniqueIds(context, document.Advisors, a => a.Id, "advisors");

        // Paths are built only for a problem: a national network has thousands of advisors and contracts.
        for (int i = 0; i < document.Posts.Count; i++)
        {
            Post post = document.Posts[i];
            if (!structures.ContainsKey(post.StructureId))
            {
                ProblemFailures.Add(context, $"posts[{i}].structureId", Codes.UnknownStructure, ("id", post.StructureId));
            }

            if (EndsBeforeStart(post.OpenedOn, post.ClosedOn))
            {
                AddEndsBeforeStart(context, $"posts[{i}].closedOn", post.OpenedOn, post.ClosedOn!.Value);
            }
        }

        for (int i = 0; i < document.Advisors.Count; i++)
        {
            Advisor advisor = document.Advisors[i];
            if (EndsBeforeStart(advisor.RecruitedOn, advisor.LeftOn))
            {
                AddEndsBeforeStart(context, $"advisors[{i}].leftOn", advisor.RecruitedOn, advisor.LeftOn!.Value);
            }

            if (advisor.PostId is { } postId && !posts.ContainsKey(postId))
            {
                ProblemFailures.Add(context, $"advisors[{i}].postId", Codes.UnknownPost, ("id", postId));
            }

            if (advisor.Training is { } training && !string.Equals(training.PersonId, advisor.Id, StringComparison.Ordinal))
            {
                ProblemFailures.Add(context, $"advisors[{i}].training.personId", Codes.EnrolmentOfAnotherPerson, ("personId", training.PersonId), ("advisorId", advisor.Id));
            }

            for (int j = 0; j < advisor.Assignments.Count; j++)
            {
                PlaceAssignment assignment = advisor.Assignments[j];
                if (!places.ContainsKey(assignment.PlaceId))
                {
                    ProblemFailures.Add(context, $"advisors[{i}].assignments[{j}].placeId", Codes.UnknownPlace, ("id", assignment.PlaceId));
                }

                if (EndsBeforeStart(assignment.From, assignment.Until))
                {
                    AddEndsBeforeStart(context, $"advisors[{i}].assignments[{j}].until", assignment.From, assignment.Until!.Value);
                }
            }

            CheckContracts(context, i, advisor.Contracts, structures);
        }
    }

    private static void CheckContracts(ValidationContext<NetworkDocument> context, int advisor, IReadOnlyList<EmploymentContract> contracts, Dictionary<string, HostStructure> structures)
    {
        if (contracts.Count == 0)
        {
            ProblemFailures.Add(context, $"advisors[{advisor}].contracts", Codes.NoContract);
            return;
        }

        for (int j = 0; j < contracts.Count; j++)
        {
            EmploymentContract contract = contracts[j];
            structures.TryGetValue(contract.StructureId, out HostStructure? employer);
            if (employer is null)
            {
                ProblemFailures.Add(context, Path(advisor, j, ".structureId"), Codes.UnknownStructure, ("id", contract.StructureId));
            }

            if (contract.Kind == ContractKind.Cdi && contract.End is not null)
            {
                ProblemFailures.Add(context, Path(advisor, j, ".end"), Codes.CdiWithEndDate);
            }
            else if (contract.Kind != ContractKind.Cdi && contract.End is null)
            {
                ProblemFailures.Add(context, Path(advisor, j, ".end"), Codes.FixedTermWithoutEndDate, ("kind", Json.StableEnumNames.GetName(contract.Kind)));
            }

            if (EndsBeforeStart(contract.Start, contract.End))
            {
                AddEndsBeforeStart(context, Path(advisor, j, ".end"), contract.Start, contract.End!.Value);
            }

            if (contract.Kind == ContractKind.ContratDeProjet && contract.End is { } end && end >= contract.Start
                && (end < contract.Start.PlusYears(1).PlusDays(-1) || end > contract.Start.PlusYears(6).PlusDays(-1)))
            {
                ProblemFailures.Add(context, Path(advisor, j, ".end"), Codes.ContratDeProjetDuration, ("start", ProblemFailures.Text(contract.Start)), ("end", ProblemFailures.Text(end)));
            }

            if (contract.Kind == ContractKind.ContratDeProjet && employer?.Sector == EmployerSector.Private)
            {
                ProblemFailures.Add(context, Path(advisor, j, ".kind"), Codes.ContratDeProjetPrivateEmployer);
            }

            if (contract.PartTime)
            {
                ProblemFailures.Add(context, Path(advisor, j, ".partTime"), Codes.PartTime);
            }

            for (int k = 0; k < j; k++)
            {
                if (Overlap(contracts[k], contract))
                {
                    ProblemFailures.Add(context, Path(advisor, j, string.Empty), Codes.OverlappingContracts, ("other", ProblemFailures.Text(k)));
                }
            }
        }
    }

    private static string Path(int advisor, int contract, string member) => $"advisors[{advisor}].contracts[{contract}]{member}";

    // A contract of 1 year runs from a day to the day before its anniversary: 2021-09-01 to 2022-08-31.
    private static bool Overlap(EmploymentContract a, EmploymentContract b) =>
        a.Start <= (b.End ?? LocalDate.MaxIsoValue) && b.Start <= (a.End ?? LocalDate.MaxIsoValue);

    private static bool EndsBeforeStart(LocalDate start, LocalDate? end) => end is { } last && last < start;

    private static void AddEndsBeforeStart(ValidationContext<NetworkDocument> context, string path, LocalDate start, LocalDate end) =>
        ProblemFailures.Add(context, path, Codes.EndsBeforeStart, ("start", ProblemFailures.Text(start)), ("end", ProblemFailures.Text(end)));

    private static Dictionary<string, T> UniqueIds<T>(ValidationContext<NetworkDocument> context, IReadOnlyList<T> items, Func<T, string> id, string list)
    {
        var seen = new Dictionary<string, T>(items.Count, StringComparer.Ordinal); // Sized once: no growth, no garbage arrays.
        for (int i = 0; i < items.Count; i++)
        {
            if (!seen.TryAdd(id(items[i]), items[i]))
            {
                ProblemFailures.Add(context, $"{list}[{i}].id", Codes.DuplicateId, ("id", id(items[i])), ("list", list));
            }
        }

        return seen;
    }
}

using FluentValidation;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;
using Landes.Inclusion.Validation;
using NodaTime;
using Codes = Landes.Inclusion.Diagnostics.ProblemCodes.Network;

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

        RuleFor(d => d.Name).NotEmpty().WithErrorCode(Codes.EmptyText);
        RuleFor(d => d.Departement).IsSet();
        RuleForEach(d => d.Structures).ChildRules(structure =>
        {
            structure.RuleFor(s => s.Id).NotEmpty().WithErrorCode(Codes.EmptyText);
            structure.RuleFor(s => s.Name).NotEmpty().WithErrorCode(Codes.EmptyText);
            structure.RuleFor(s => s.Siret).IsSet();
            structure.RuleFor(s => s.Commune).IsSet();
        });
        RuleForEach(d => d.Places).SetValidator(placeValidator);
        RuleForEach(d => d.Advisors).ChildRules(advisor =>
        {
            advisor.RuleFor(a => a.Id).NotEmpty().WithErrorCode(Codes.EmptyText);
            advisor.RuleFor(a => a.Name.Given).NotEmpty().WithErrorCode(Codes.EmptyText);
            advisor.RuleFor(a => a.Name.Family).NotEmpty().WithErrorCode(Codes.EmptyText);
            advisor.RuleFor(a => a.Training!).SetValidator(enrolmentValidator).When(a => a.Training is not null);
            advisor.RuleFor(a => a.Certification!).SetValidator(recordValidator).When(a => a.Certification is not null);
        });
        RuleFor(d => d).Custom(CheckReferencesAndContracts);
    }

    private static void CheckReferencesAndContracts(NetworkDocument document, ValidationContext<NetworkDocument> context)
    {
        var structures = UniqueIds(context, document.Structures, s => s.Id, "structures");
        var places = UniqueIds(context, document.Places, p => p.Id, "places");
        var posts = UniqueIds(context, document.Posts, p => p.Id, "posts");
        _ = UniqueIds(context, document.Advisors, a => a.Id, "advisors");

        for (int i = 0; i < document.Posts.Count; i++)
        {
            Post post = document.Posts[i];
            string path = $"posts[{i}]";
            if (!structures.ContainsKey(post.StructureId))
            {
                ProblemFailures.Add(context, path + ".structureId", Codes.UnknownStructure, ("id", post.StructureId));
            }

            CheckOrder(context, path + ".closedOn", post.OpenedOn, post.ClosedOn);
        }

        for (int i = 0; i < document.Advisors.Count; i++)
        {
            Advisor advisor = document.Advisors[i];
            string path = $"advisors[{i}]";
            CheckOrder(context, path + ".leftOn", advisor.RecruitedOn, advisor.LeftOn);
            if (advisor.PostId is { } postId && !posts.ContainsKey(postId))
            {
                ProblemFailures.Add(context, path + ".postId", Codes.UnknownPost, ("id", postId));
            }

            if (advisor.Training is { } training && !string.Equals(training.PersonId, advisor.Id, StringComparison.Ordinal))
            {
                ProblemFailures.Add(context, path + ".training.personId", Codes.EnrolmentOfAnotherPerson, ("personId", training.PersonId), ("advisorId", advisor.Id));
            }

            for (int j = 0; j < advisor.Assignments.Count; j++)
            {
                PlaceAssignment assignment = advisor.Assignments[j];
                if (!places.ContainsKey(assignment.PlaceId))
                {
                    ProblemFailures.Add(context, $"{path}.assignments[{j}].placeId", Codes.UnknownPlace, ("id", assignment.PlaceId));
                }

                CheckOrder(context, $"{path}.assignments[{j}].until", assignment.From, assignment.Until);
            }

            CheckContracts(context, path, advisor.Contracts, structures);
        }
    }

    private static void CheckContracts(ValidationContext<NetworkDocument> context, string advisorPath, IReadOnlyList<EmploymentContract> contracts, Dictionary<string, HostStructure> structures)
    {
        if (contracts.Count == 0)
        {
            ProblemFailures.Add(context, advisorPath + ".contracts", Codes.NoContract);
            return;
        }

        for (int j = 0; j < contracts.Count; j++)
        {
            EmploymentContract contract = contracts[j];
            string path = $"{advisorPath}.contracts[{j}]";
            string kind = Json.StableEnumNames.GetName(contract.Kind);
            structures.TryGetValue(contract.StructureId, out HostStructure? employer);
            if (employer is null)
            {
                ProblemFailures.Add(context, path + ".structureId", Codes.UnknownStructure, ("id", contract.StructureId));
            }

            if (contract.Kind == ContractKind.Cdi && contract.End is not null)
            {
                ProblemFailures.Add(context, path + ".end", Codes.CdiWithEndDate);
            }
            else if (contract.Kind != ContractKind.Cdi && contract.End is null)
            {
                ProblemFailures.Add(context, path + ".end", Codes.FixedTermWithoutEndDate, ("kind", kind));
            }

            CheckOrder(context, path + ".end", contract.Start, contract.End);
            if (contract.Kind == ContractKind.ContratDeProjet && contract.End is { } end && end >= contract.Start
                && (end < contract.Start.PlusYears(1).PlusDays(-1) || end > contract.Start.PlusYears(6).PlusDays(-1)))
            {
                ProblemFailures.Add(context, path + ".end", Codes.ContratDeProjetDuration, ("start", ProblemFailures.Text(contract.Start)), ("end", ProblemFailures.Text(end)));
            }

            if (contract.Kind == ContractKind.ContratDeProjet && employer?.Sector == EmployerSector.Private)
            {
                ProblemFailures.Add(context, path + ".kind", Codes.ContratDeProjetPrivateEmployer);
            }

            if (contract.PartTime)
            {
                ProblemFailures.Add(context, path + ".partTime", Codes.PartTime);
            }

            for (int k = 0; k < j; k++)
            {
                if (Overlap(contracts[k], contract))
                {
                    ProblemFailures.Add(context, path, Codes.OverlappingContracts, ("other", ProblemFailures.Text(k)));
                }
            }
        }
    }

    // A contract of 1 year runs from a day to the day before its anniversary: 2021-09-01 to 2022-08-31.
    private static bool Overlap(EmploymentContract a, EmploymentContract b) =>
        a.Start <= (b.End ?? LocalDate.MaxIsoValue) && b.Start <= (a.End ?? LocalDate.MaxIsoValue);

    private static void CheckOrder(ValidationContext<NetworkDocument> context, string path, LocalDate start, LocalDate? end)
    {
        if (end is { } last && last < start)
        {
            ProblemFailures.Add(context, path, Codes.EndsBeforeStart, ("start", ProblemFailures.Text(start)), ("end", ProblemFailures.Text(last)));
        }
    }

    private static Dictionary<string, T> UniqueIds<T>(ValidationContext<NetworkDocument> context, IReadOnlyList<T> items, Func<T, string> id, string list)
    {
        var seen = new Dictionary<string, T>(StringComparer.Ordinal);
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

using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Network;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Testing.Certification;
using Landes.Inclusion.Testing.Identifiers;
using Landes.Inclusion.Testing.Territory;
using Landes.Inclusion.Testing.Training;
using Landes.Inclusion.Training;
using NodaTime;
using Codes = Landes.Inclusion.Network.NetworkProblemCodes;

namespace Landes.Inclusion.Testing.Network;

/// <summary>
/// FsCheck generators of whole network documents valid for <see cref="NetworkValidator"/> (with the embedded catalogs
/// and geography), sized by parameters up to a national-size network, and of networks with exactly one known defect.
/// </summary>
/// <remarks>
/// <para>
/// A generated network has host structures with valid SIRET in real communes of the département, places of the
/// département (<see cref="TerritoryGenerators.PlaceIn(DepartementCode)"/>) with unique ids, and advisors with one to
/// three consecutive contracts per rule R14 (a CDI only last and without end; CDD, PEC and contrat de projet with an
/// end; a contrat de projet of 1 to 6 years and only at a public employer; full time), one to three consecutive
/// assignments to places, a funded post for nine in ten, an initial training enrolment for half of them
/// (<see cref="TrainingGenerators.Enrolment"/>, recruited on the day the enrolment says they took up the post) and a
/// certification record of REMN for a third of those (<see cref="CertificationGenerators.ValidRecord(TitleVersion)"/>).
/// Advisors' names are drawn from a list of common French given and family names: no real person is described.
/// </para>
/// <para>Generators build values in range rather than filtering. Static properties are initialised in textual order.</para>
/// </remarks>
public static class NetworkGenerators
{
    /// <summary>The number of host structures of a national-size network (issue 6's benchmark).</summary>
    public const int NationalStructures = 3_000;

    /// <summary>The number of advisors of a national-size network.</summary>
    public const int NationalAdvisors = 4_000;

    /// <summary>The number of places of a national-size network.</summary>
    public const int NationalPlaces = 3_000;

    private static readonly LocalDate EarliestRecruitment = new(2021, 1, 1);

    private static readonly string[] GivenNames =
        ["Camille", "Lucas", "Léa", "Hugo", "Manon", "Louis", "Chloé", "Nathan", "Inès", "Théo", "Sarah", "Jules", "Emma", "Tom", "Jade", "Maël"];

    private static readonly string[] FamilyNames =
        ["Martin", "Bernard", "Dubois", "Lafitte", "Dupouy", "Labadie", "Lacoste", "Darrigade", "Garcia", "Petit", "Moreau", "Lefèvre", "Castets", "Duprat", "Bordes", "Lamarque"];

    // Declared before the generators that use it: static initializers run in textual order.
    private static readonly TitleVersion Remn = CertificationCatalog.Default.Find("remn-2019")
        ?? throw new InvalidOperationException("The embedded certification catalog has no remn-2019.");

    /// <summary>Gets a generator of small valid networks of the Landes: 1 to 6 structures, 0 to 12 advisors, 1 to 8 places.</summary>
    public static Gen<NetworkDocument> Network { get; } =
        from structures in Gen.Choose(1, 6)
        from advisors in Gen.Choose(0, 12)
        from places in Gen.Choose(1, 8)
        from network in NetworkOf(DepartementCode.Landes, structures, advisors, places)
        select network;

    /// <summary>Gets a generator of valid national-size networks of the Landes (3,000 structures, 4,000 advisors, 3,000 places).</summary>
    public static Gen<NetworkDocument> NationalNetwork { get; } =
        NetworkOf(DepartementCode.Landes, NationalStructures, NationalAdvisors, NationalPlaces);

    /// <summary>Gets a generator of networks with exactly one known defect, each with the code and path the validator must report.</summary>
    public static Gen<DefectiveNetwork> DefectiveNetwork { get; } =
        from structures in Gen.Choose(1, 4)
        from advisors in Gen.Choose(1, 6)
        from places in Gen.Choose(1, 5)
        from network in NetworkOf(DepartementCode.Landes, structures, advisors, places)
        from index in Gen.Choose(0, advisors - 1)
        from defect in Gen.Elements(Defects(network, index))
        select defect;

    /// <summary>Creates a generator of valid networks of a given size in a département of the embedded geography.</summary>
    /// <param name="departement">The département: structures and places are in its communes.</param>
    /// <param name="structures">The number of host structures (at least 1).</param>
    /// <param name="advisors">The number of advisors (0 or more).</param>
    /// <param name="places">The number of places (at least 1).</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    /// <exception cref="KeyNotFoundException">The geography has no such département.</exception>
    public static Gen<NetworkDocument> NetworkOf(DepartementCode departement, int structures, int advisors, int places)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(structures, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(advisors);
        ArgumentOutOfRangeException.ThrowIfLessThan(places, 1);
        Commune[] communes = [.. Geography.France.GetDepartement(departement).Communes];
        Gen<Place> place = TerritoryGenerators.PlaceIn(departement);
        return from hosts in Gen.ArrayOf(Structure(communes), structures)
               let numbered = hosts.Select((s, i) => WithId(s, $"s-{i + 1}")).ToArray()
               from sites in Gen.ArrayOf(place, places)
               let placeList = sites.Select((p, i) => WithId(p, $"place-{i + 1}")).ToArray()
               from people in Gen.CollectToArray(Enumerable.Range(0, advisors).Select(i => AdvisorAndPost(i, numbered, places)))
               select new NetworkDocument
               {
                   Departement = departement,
                   Name = $"Réseau généré ({departement})",
                   Source = "Generated by Landes.Inclusion.Testing",
                   Structures = numbered,
                   Posts = [.. people.Where(p => p.Post is not null).Select(p => p.Post!)],
                   Advisors = [.. people.Select(p => p.Advisor)],
                   Places = placeList,
                   Events = [new NetworkEvent { Kind = NetworkEventKind.NetworkMeeting, Date = new LocalDate(2026, 5, 19), Title = "Rencontre du réseau" }],
               };
    }

    private static Gen<HostStructure> Structure(Commune[] communes) =>
        from commune in Gen.Elements(communes)
        from siret in IdentifierGenerators.Siret
        from sector in Gen.Frequency((3, Gen.Constant(EmployerSector.Public)), (1, Gen.Constant(EmployerSector.Private)))
        select new HostStructure
        {
            Id = string.Empty,
            Siret = siret,
            Name = (sector == EmployerSector.Public ? "Communauté de communes de " : "Association numérique de ") + commune.Name,
            Sector = sector,
            Commune = commune.Code,
        };

    private static Gen<(Advisor Advisor, Post? Post)> AdvisorAndPost(int index, HostStructure[] structures, int places)
    {
        string id = $"cn-{index + 1}";
        return from training in Gen.Frequency((1, TrainingGenerators.Enrolment.Select(e => (Enrolment?)ForPerson(e, id))), (1, Gen.Constant<Enrolment?>(null)))
               from recruitedOffset in Gen.Choose(0, 6 * 365)
               let recruitedOn = training?.InPostSince ?? EarliestRecruitment.PlusDays(recruitedOffset)
               from employer in Gen.Elements(structures)
               from contracts in Contracts(recruitedOn, employer)
               from leaves in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
               let leftOn = leaves && contracts[^1].End is { } end ? end : (LocalDate?)null
               from assignments in Assignments(recruitedOn, leftOn, places)
               from given in Gen.Elements(GivenNames)
               from family in Gen.Elements(FamilyNames)
               from certified in Gen.Frequency((1, Gen.Constant(true)), (2, Gen.Constant(false)))
               from record in training is not null && certified
                   ? CertificationGenerators.ValidRecord(Remn).Select(r => (CandidateRecord?)ForCandidate(r, id))
                   : Gen.Constant<CandidateRecord?>(null)
               from hasPost in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
               from postLead in Gen.Choose(0, 120)
               select (
                   new Advisor
                   {
                       Id = id,
                       Name = new PersonName { Given = given, Family = family },
                       RecruitedOn = recruitedOn,
                       LeftOn = leftOn,
                       PostId = hasPost ? $"post-{index + 1}" : null,
                       Contracts = contracts,
                       Assignments = assignments,
                       Training = training,
                       Certification = record,
                   },
                   hasPost ? new Post { Id = $"post-{index + 1}", StructureId = employer.Id, OpenedOn = recruitedOn.PlusDays(-postLead) } : null);
    }

    // One to three consecutive contracts per R14, from the recruitment day, with gaps of up to a month between them.
    private static Gen<EmploymentContract[]> Contracts(LocalDate recruitedOn, HostStructure employer) =>
        from count in Gen.Choose(1, 3)
        from kinds in Gen.ArrayOf(Gen.Choose(0, 3), count)
        from months in Gen.ArrayOf(Gen.Choose(12, 72), count)
        from gaps in Gen.ArrayOf(Gen.Choose(0, 31), count)
        select BuildContracts(recruitedOn, employer, kinds, months, gaps);

    private static EmploymentContract[] BuildContracts(LocalDate recruitedOn, HostStructure employer, int[] kinds, int[] months, int[] gaps)
    {
        var contracts = new EmploymentContract[kinds.Length];
        LocalDate start = recruitedOn;
        for (int i = 0; i < kinds.Length; i++)
        {
            bool last = i == kinds.Length - 1;
            ContractKind kind = (ContractKind)kinds[i] switch
            {
                ContractKind.Cdi when !last => ContractKind.Cdd,
                ContractKind.ContratDeProjet when employer.Sector == EmployerSector.Private => ContractKind.Cdd,
                var k => k,
            };

            // A PEC lasts 6 to 24 months; a CDD or a contrat de projet 1 to 6 years (R14), ending the day before the anniversary.
            int length = kind == ContractKind.Pec ? 6 + (months[i] % 19) : months[i];
            LocalDate? end = kind == ContractKind.Cdi ? null : start.PlusMonths(length).PlusDays(-1);
            contracts[i] = new EmploymentContract { Kind = kind, StructureId = employer.Id, Start = start, End = end };
            start = (end ?? start).PlusDays(1 + gaps[i]);
        }

        return contracts;
    }

    // One to three consecutive assignments from the recruitment day; the last one ends on the leaving day, or is open-ended.
    private static Gen<PlaceAssignment[]> Assignments(LocalDate recruitedOn, LocalDate? leftOn, int places) =>
        from count in leftOn is null ? Gen.Choose(1, 3) : Gen.Constant(1)
        from placeNumbers in Gen.ArrayOf(Gen.Choose(1, places), count)
        from days in Gen.ArrayOf(Gen.Choose(30, 900), count)
        select placeNumbers.Select((number, i) => new PlaceAssignment
        {
            PlaceId = $"place-{number}",
            From = recruitedOn.PlusDays(days.Take(i).Sum()),
            Until = i < count - 1 ? recruitedOn.PlusDays(days.Take(i + 1).Sum() - 1) : leftOn,
        }).ToArray();

    private static DefectiveNetwork[] Defects(NetworkDocument network, int index)
    {
        Advisor advisor = network.Advisors[index];
        string path = $"advisors[{index}]";
        EmploymentContract first = advisor.Contracts[0];
        int lastIndex = advisor.Contracts.Count - 1;
        EmploymentContract last = advisor.Contracts[lastIndex];
        HostStructure structure = network.Structures[0];
        Place place = network.Places[0];
        int structureCount = network.Structures.Count;
        int placeCount = network.Places.Count;
        var publicEmployer = new HostStructure { Id = "s-public", Siret = structure.Siret, Name = "Département", Sector = EmployerSector.Public, Commune = structure.Commune };
        NetworkDocument withAdvisor(Advisor changed) => With(network, advisors: [.. network.Advisors.Select((a, i) => i == index ? changed : a)]);
        NetworkDocument withContract(int j, EmploymentContract contract) =>
            withAdvisor(With(advisor, contracts: [.. advisor.Contracts.Select((c, k) => k == j ? contract : c)]));

        // A contrat de projet at a public employer added to the document, so that only its duration is wrong.
        NetworkDocument withProject(int j, LocalDate end) =>
            With(withContract(j, Contract(advisor.Contracts[j], kind: ContractKind.ContratDeProjet, structureId: publicEmployer.Id, end: end)), structures: [.. network.Structures, publicEmployer]);

        return
        [
            new(With(network, structures: [.. network.Structures, WithId(structure, structure.Id)]), Codes.DuplicateId, $"structures[{structureCount}].id", "a duplicate structure id"),
            new(With(network, places: [.. network.Places, WithId(place, place.Id)]), Codes.DuplicateId, $"places[{placeCount}].id", "a duplicate place id"),
            new(With(network, advisors: [.. network.Advisors, advisor]), Codes.DuplicateId, $"advisors[{network.Advisors.Count}].id", "a duplicate advisor id"),
            new(withContract(0, Contract(first, structureId: "s-nowhere")), Codes.UnknownStructure, $"{path}.contracts[0].structureId", "a contract at an unknown structure"),
            new(With(network, posts: [.. network.Posts, new Post { Id = "post-extra", StructureId = "s-nowhere", OpenedOn = first.Start }]), Codes.UnknownStructure, $"posts[{network.Posts.Count}].structureId", "a post of an unknown structure"),
            new(withAdvisor(With(advisor, assignments: [new PlaceAssignment { PlaceId = "place-nowhere", From = advisor.RecruitedOn }])), Codes.UnknownPlace, $"{path}.assignments[0].placeId", "an assignment to an unknown place"),
            new(withAdvisor(With(advisor, postId: "post-nowhere")), Codes.UnknownPost, $"{path}.postId", "an unknown post"),
            new(withContract(0, Contract(first, kind: ContractKind.Cdi, end: first.End ?? first.Start.PlusYears(3))), Codes.CdiWithEndDate, $"{path}.contracts[0].end", "a CDI with an end date"),
            new(withContract(lastIndex, Contract(last, kind: ContractKind.Cdd, end: null, clearEnd: true)), Codes.FixedTermWithoutEndDate, $"{path}.contracts[{lastIndex}].end", "a CDD without an end date"),
            new(withContract(0, Contract(first, kind: ContractKind.Cdd, end: first.Start.PlusDays(-1))), Codes.EndsBeforeStart, $"{path}.contracts[0].end", "a contract ending before it starts"),
            new(withProject(0, first.Start.PlusMonths(6).PlusDays(-1)), Codes.ContratDeProjetDuration, $"{path}.contracts[0].end", "a contrat de projet of 6 months"),
            new(withProject(lastIndex, last.Start.PlusYears(7).PlusDays(-1)), Codes.ContratDeProjetDuration, $"{path}.contracts[{lastIndex}].end", "a contrat de projet of 7 years"),
            new(withAdvisor(With(advisor, contracts: [.. advisor.Contracts, first])), Codes.OverlappingContracts, $"{path}.contracts[{advisor.Contracts.Count}]", "the same contract twice"),
            new(withAdvisor(With(advisor, contracts: [])), Codes.NoContract, $"{path}.contracts", "no contract"),
            new(withAdvisor(With(advisor, leftOn: advisor.RecruitedOn.PlusDays(-1))), Codes.EndsBeforeStart, $"{path}.leftOn", "left before being recruited"),
            new(withContract(0, Contract(first, partTime: true)), Codes.PartTime, $"{path}.contracts[0].partTime", "a part-time contract"),
            new(With(network, structures: [.. network.Structures.Select((s, i) => i == 0 ? new HostStructure { Id = s.Id, Siret = s.Siret, Name = " ", Sector = s.Sector, Commune = s.Commune } : s)]), Codes.EmptyText, "structures[0].name", "a structure without a name"),
        ];
    }

    private static HostStructure WithId(HostStructure s, string id) =>
        new() { Id = id, Siret = s.Siret, Name = s.Name, Sector = s.Sector, Commune = s.Commune };

    private static Place WithId(Place p, string id) => new()
    {
        Id = id,
        Name = p.Name,
        Commune = p.Commune,
        Kind = p.Kind,
        Latitude = p.Latitude,
        Longitude = p.Longitude,
        Itinerant = p.Itinerant,
        Advisors = p.Advisors,
        OpeningHours = p.OpeningHours,
    };

    private static EmploymentContract Contract(EmploymentContract c, ContractKind? kind = null, string? structureId = null, LocalDate? end = null, bool clearEnd = false, bool? partTime = null) => new()
    {
        Kind = kind ?? c.Kind,
        StructureId = structureId ?? c.StructureId,
        Start = c.Start,
        End = clearEnd ? null : end ?? c.End,
        PartTime = partTime ?? c.PartTime,
    };

    private static Advisor With(Advisor a, IReadOnlyList<EmploymentContract>? contracts = null, IReadOnlyList<PlaceAssignment>? assignments = null, string? postId = null, LocalDate? leftOn = null) => new()
    {
        Id = a.Id,
        Name = a.Name,
        RecruitedOn = a.RecruitedOn,
        LeftOn = leftOn ?? a.LeftOn,
        PostId = postId ?? a.PostId,
        Contracts = contracts ?? a.Contracts,
        Assignments = assignments ?? a.Assignments,
        Training = a.Training,
        Certification = a.Certification,
    };

    private static NetworkDocument With(NetworkDocument d, IReadOnlyList<HostStructure>? structures = null, IReadOnlyList<Post>? posts = null, IReadOnlyList<Advisor>? advisors = null, IReadOnlyList<Place>? places = null) => new()
    {
        SchemaVersion = d.SchemaVersion,
        Departement = d.Departement,
        Name = d.Name,
        Source = d.Source,
        Structures = structures ?? d.Structures,
        Posts = posts ?? d.Posts,
        Advisors = advisors ?? d.Advisors,
        Places = places ?? d.Places,
        Events = d.Events,
    };

    // The training generators draw person ids at random: the advisor's enrolment carries the advisor's id.
    private static Enrolment ForPerson(Enrolment e, string personId) => new()
    {
        Id = "enr-" + personId,
        PersonId = personId,
        ProgrammeId = e.ProgrammeId,
        Course = e.Course,
        Funding = e.Funding,
        InPostSince = e.InPostSince,
        Positioning = e.Positioning,
        PathId = e.PathId,
        Provider = e.Provider,
        Start = e.Start,
        End = e.End,
        Exemption = e.Exemption,
        Ccp1ObtainedOn = e.Ccp1ObtainedOn,
        Sessions = e.Sessions,
        Absences = e.Absences,
        ExamSittings = e.ExamSittings,
        ContinuingModules = e.ContinuingModules,
    };

    private static CandidateRecord ForCandidate(CandidateRecord r, string candidateId) => new()
    {
        SchemaVersion = r.SchemaVersion,
        CandidateId = candidateId,
        TrainingStart = r.TrainingStart,
        Results = r.Results,
        Registrations = r.Registrations,
        TitleAwards = r.TitleAwards,
        CcsAwards = r.CcsAwards,
    };
}

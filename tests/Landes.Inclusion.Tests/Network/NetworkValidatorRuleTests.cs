using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Network;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;
using NodaTime;
using Codes = Landes.Inclusion.Network.NetworkProblemCodes;

namespace Landes.Inclusion.Tests.Network;

/// <summary>One test per rule of the network validator, each on a minimal valid network with one change.</summary>
public sealed class NetworkValidatorRuleTests
{
    private static readonly NetworkValidator Validator = new();
    private static readonly LocalDate Recruited = new(2021, 9, 1);

    [Fact]
    public void MinimalNetwork_IsValid()
    {
        ValidationReport report = Validate(Network());

        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        Assert.Empty(report.Problems);
    }

    [Theory]
    [InlineData(ContractKind.Cdi, null, null)]
    [InlineData(ContractKind.Cdd, "2023-08-31", null)]
    [InlineData(ContractKind.Pec, "2022-08-31", null)]
    [InlineData(ContractKind.ContratDeProjet, "2022-08-31", null)] // exactly 1 year: 2021-09-01 to 2022-08-31
    [InlineData(ContractKind.ContratDeProjet, "2027-08-31", null)] // exactly 6 years
    [InlineData(ContractKind.Cdi, "2023-08-31", Codes.CdiWithEndDate)]
    [InlineData(ContractKind.Cdd, null, Codes.FixedTermWithoutEndDate)]
    [InlineData(ContractKind.Pec, null, Codes.FixedTermWithoutEndDate)]
    [InlineData(ContractKind.ContratDeProjet, null, Codes.FixedTermWithoutEndDate)]
    [InlineData(ContractKind.ContratDeProjet, "2022-08-30", Codes.ContratDeProjetDuration)] // one day short of a year
    [InlineData(ContractKind.ContratDeProjet, "2027-09-01", Codes.ContratDeProjetDuration)] // one day over six years
    [InlineData(ContractKind.Cdd, "2021-08-31", Codes.EndsBeforeStart)]
    public void Contracts_FollowR14(ContractKind kind, string? end, string? expected)
    {
        NetworkDocument network = Network(contracts: [Contract(kind, end)]);

        AssertProblems(network, expected is null ? [] : [("advisors[0].contracts[0].end", expected)]);
    }

    [Fact]
    public void ContratDeProjet_AtAPrivateEmployer_IsAWarning()
    {
        NetworkDocument network = Network(sector: EmployerSector.Private, contracts: [Contract(ContractKind.ContratDeProjet, "2024-08-31")]);

        ValidationReport report = Validate(network);
        Problem problem = Assert.Single(report.Problems);
        Assert.Equal((Codes.ContratDeProjetPrivateEmployer, ProblemSeverity.Warning, "advisors[0].contracts[0].kind"), (problem.Code, problem.Severity, problem.Path));
        Assert.True(report.IsValid);
    }

    [Fact]
    public void PartTime_IsAWarning()
    {
        NetworkDocument network = Network(contracts: [new EmploymentContract { Kind = ContractKind.Cdi, StructureId = "s1", Start = Recruited, PartTime = true }]);

        Problem problem = Assert.Single(Validate(network).Problems);
        Assert.Equal((Codes.PartTime, ProblemSeverity.Warning), (problem.Code, problem.Severity));
    }

    [Fact]
    public void OverlappingContracts_AreReported()
    {
        NetworkDocument network = Network(contracts: [Contract(ContractKind.Cdd, "2023-08-31"), new EmploymentContract { Kind = ContractKind.Cdi, StructureId = "s1", Start = new LocalDate(2023, 8, 31) }]);

        AssertProblems(network, [("advisors[0].contracts[1]", Codes.OverlappingContracts)]);
    }

    [Fact]
    public void FollowingContracts_DoNotOverlap()
    {
        NetworkDocument network = Network(contracts: [Contract(ContractKind.Cdd, "2023-08-31"), new EmploymentContract { Kind = ContractKind.Cdi, StructureId = "s1", Start = new LocalDate(2023, 9, 1) }]);

        AssertProblems(network, []);
    }

    [Fact]
    public void NoContract_IsReported() =>
        AssertProblems(Network(contracts: []), [("advisors[0].contracts", Codes.NoContract)]);

    [Fact]
    public void References_MustResolve()
    {
        NetworkDocument valid = Network();
        Advisor advisor = valid.Advisors[0];
        NetworkDocument network = Copy(valid, advisors:
        [
            new Advisor
            {
                Id = advisor.Id,
                Name = advisor.Name,
                RecruitedOn = advisor.RecruitedOn,
                PostId = "post-x",
                Contracts = [new EmploymentContract { Kind = ContractKind.Cdi, StructureId = "s-x", Start = Recruited }],
                Assignments = [new PlaceAssignment { PlaceId = "p-x", From = Recruited }],
            },
        ]);

        AssertProblems(network,
        [
            ("advisors[0].postId", Codes.UnknownPost),
            ("advisors[0].assignments[0].placeId", Codes.UnknownPlace),
            ("advisors[0].contracts[0].structureId", Codes.UnknownStructure),
        ]);
    }

    [Fact]
    public void DuplicateIds_AreReportedWhereTheSecondStands()
    {
        NetworkDocument valid = Network();
        NetworkDocument network = Copy(valid, structures: [valid.Structures[0], valid.Structures[0]], advisors: [valid.Advisors[0], valid.Advisors[0]]);

        AssertProblems(network, [("structures[1].id", Codes.DuplicateId), ("advisors[1].id", Codes.DuplicateId)]);
    }

    [Fact]
    public void PeriodsInOrder_AssignmentsAndLeaving()
    {
        NetworkDocument valid = Network();
        Advisor advisor = valid.Advisors[0];
        NetworkDocument network = Copy(valid, advisors:
        [
            new Advisor
            {
                Id = advisor.Id,
                Name = advisor.Name,
                RecruitedOn = advisor.RecruitedOn,
                LeftOn = advisor.RecruitedOn.PlusDays(-1),
                Contracts = advisor.Contracts,
                Assignments = [new PlaceAssignment { PlaceId = "p1", From = Recruited, Until = Recruited.PlusDays(-3) }],
            },
        ]);

        AssertProblems(network, [("advisors[0].leftOn", Codes.EndsBeforeStart), ("advisors[0].assignments[0].until", Codes.EndsBeforeStart)]);
    }

    [Fact]
    public void NestedDocuments_AreValidatedWithTheirOwnRulesAtTheirPathInTheNetwork()
    {
        NetworkDocument valid = Network();
        Advisor advisor = valid.Advisors[0];
        var enrolment = new Enrolment
        {
            Id = "e1",
            PersonId = "someone-else",
            ProgrammeId = "cnfs",
            InPostSince = Recruited,
            PathId = "105h",
            Start = new LocalDate(2021, 10, 4),
            End = new LocalDate(2021, 10, 29),
            Sessions = [new TrainingSession { Date = new LocalDate(2021, 10, 4), Minutes = -60, Kind = TrainingSessionKind.InCentre }],
        };
        NetworkDocument network = Copy(
            valid,
            places: [new Place { Id = "p1", Name = "Médiathèque", Commune = InseeCode.Parse("40192"), Kind = PlaceKind.Permanence, Latitude = 95, Longitude = -0.5 }],
            advisors: [new Advisor { Id = advisor.Id, Name = advisor.Name, RecruitedOn = advisor.RecruitedOn, Contracts = advisor.Contracts, Training = enrolment }]);

        ValidationReport report = Validate(network);

        Assert.Contains(report.Problems, p => p.Path.StartsWith("places[0].", StringComparison.Ordinal) && p.Code.StartsWith("LI-TER-", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Path.StartsWith("advisors[0].training.sessions[0]", StringComparison.Ordinal) && p.Code.StartsWith("LI-TRN-", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => (p.Path, p.Code) == ("advisors[0].training.personId", Codes.EnrolmentOfAnotherPerson));
    }

    [Fact]
    public void EmbeddedLandesSample_IsValid()
    {
        ValidationReport report = Validate(LandesSample.Network);

        Assert.Empty(report.Problems);
    }

    private static ValidationReport Validate(NetworkDocument network) =>
        ValidationReport.FromFluentValidation(Validator.Validate(network));

    private static void AssertProblems(NetworkDocument network, (string Path, string Code)[] expected)
    {
        ValidationReport report = Validate(network);
        Assert.Equal(expected.ToHashSet(), report.Problems.Select(p => (p.Path, p.Code)).ToHashSet());
        Assert.Equal(expected.Length, report.Problems.Count);
    }

    private static EmploymentContract Contract(ContractKind kind, string? end) => new()
    {
        Kind = kind,
        StructureId = "s1",
        Start = Recruited,
        End = end is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(end).Value,
    };

    private static NetworkDocument Network(EmployerSector sector = EmployerSector.Public, IReadOnlyList<EmploymentContract>? contracts = null) => new()
    {
        Departement = DepartementCode.Landes,
        Name = "Réseau de test",
        Structures = [new HostStructure { Id = "s1", Siret = Siret.Parse("22400001800016"), Name = "Département des Landes", Sector = sector, Commune = InseeCode.Parse("40192") }],
        Posts = [new Post { Id = "post-1", StructureId = "s1", OpenedOn = new LocalDate(2021, 5, 3) }],
        Places = [new Place { Id = "p1", Name = "Permanence", Commune = InseeCode.Parse("40192"), Kind = PlaceKind.Permanence }],
        Advisors =
        [
            new Advisor
            {
                Id = "a1",
                Name = new PersonName { Given = "Camille", Family = "Lafitte" },
                RecruitedOn = Recruited,
                PostId = "post-1",
                Contracts = contracts ?? [new EmploymentContract { Kind = ContractKind.Cdi, StructureId = "s1", Start = Recruited }],
                Assignments = [new PlaceAssignment { PlaceId = "p1", From = Recruited }],
            },
        ],
    };

    private static NetworkDocument Copy(NetworkDocument network, IReadOnlyList<HostStructure>? structures = null, IReadOnlyList<Advisor>? advisors = null, IReadOnlyList<Place>? places = null) => new()
    {
        Departement = network.Departement,
        Name = network.Name,
        Structures = structures ?? network.Structures,
        Posts = network.Posts,
        Places = places ?? network.Places,
        Advisors = advisors ?? network.Advisors,
        Events = network.Events,
    };
}

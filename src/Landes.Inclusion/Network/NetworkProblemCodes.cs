namespace Landes.Inclusion.Network;

/// <summary>Codes of the network document and its report (area <c>NET</c>).</summary>
/// <remarks>The codes are stable: programs may rely on them. Each code's severity and messages are in <see cref="ProblemCatalog"/>, and <c>docs/errors.md</c> lists them.</remarks>
public static class NetworkProblemCodes
{
    /// <summary>Two items of the same list have the same id.</summary>
    public const string DuplicateId = "LI-NET-001";

    /// <summary>A contract or post names a host structure that is not in the document.</summary>
    public const string UnknownStructure = "LI-NET-002";

    /// <summary>An assignment names a place that is not in the document.</summary>
    public const string UnknownPlace = "LI-NET-003";

    /// <summary>An advisor names a post that is not in the document.</summary>
    public const string UnknownPost = "LI-NET-004";

    /// <summary>An id or a name is empty.</summary>
    public const string EmptyText = "LI-NET-005";

    /// <summary>A CDI has an end date (R14).</summary>
    public const string CdiWithEndDate = "LI-NET-010";

    /// <summary>A fixed-term contract (CDD, PEC, contrat de projet) has no end date (R14).</summary>
    public const string FixedTermWithoutEndDate = "LI-NET-011";

    /// <summary>A period (contract, assignment, post, time in post) ends before it starts.</summary>
    public const string EndsBeforeStart = "LI-NET-012";

    /// <summary>A contrat de projet lasts less than 1 year or more than 6 (R14).</summary>
    public const string ContratDeProjetDuration = "LI-NET-013";

    /// <summary>A contrat de projet at a private employer: it is a contract of the public service (R14).</summary>
    public const string ContratDeProjetPrivateEmployer = "LI-NET-014";

    /// <summary>A part-time contract: the programme requires full time (R14).</summary>
    public const string PartTime = "LI-NET-015";

    /// <summary>Two contracts of the same advisor overlap.</summary>
    public const string OverlappingContracts = "LI-NET-016";

    /// <summary>An advisor has no contract.</summary>
    public const string NoContract = "LI-NET-017";

    /// <summary>An advisor's training enrolment is for another person id.</summary>
    public const string EnrolmentOfAnotherPerson = "LI-NET-020";

    /// <summary>A contract ends within the alert window (90 days by default) of the report date.</summary>
    public const string ContractEndingSoon = "LI-NET-030";

    /// <summary>A post has been vacant longer than the allowed delay (6 months from 2025).</summary>
    public const string PostVacantTooLong = "LI-NET-031";

    /// <summary>An advisor in post has no contract in force on the report date.</summary>
    public const string NoContractInForce = "LI-NET-032";

    /// <summary>A value of a network report breaks a constraint of its published JSON Schema.</summary>
    public const string ReportConstraint = "LI-NET-040";
}

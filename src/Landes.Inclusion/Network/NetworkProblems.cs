namespace Landes.Inclusion.Diagnostics;

public static partial class ProblemCodes
{
    /// <summary>Codes of the network document and its report (area <c>NET</c>).</summary>
    public static class Network
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
}

/// <summary>The definitions of the <c>NET</c> codes.</summary>
internal static class NetworkProblemDefinitions
{
    public static IEnumerable<ProblemDefinition> All()
    {
        yield return ProblemCatalog.Error(ProblemCodes.Network.DuplicateId,
            "L'identifiant « {id} » est déjà utilisé dans {list}.",
            "Id '{id}' is already used in {list}.");
        yield return ProblemCatalog.Error(ProblemCodes.Network.UnknownStructure,
            "Aucune structure d'accueil n'a l'identifiant « {id} ».",
            "No host structure has id '{id}'.");
        yield return ProblemCatalog.Error(ProblemCodes.Network.UnknownPlace,
            "Aucun lieu n'a l'identifiant « {id} ».",
            "No place has id '{id}'.");
        yield return ProblemCatalog.Error(ProblemCodes.Network.UnknownPost,
            "Aucun poste n'a l'identifiant « {id} ».",
            "No post has id '{id}'.");
        yield return ProblemCatalog.Error(ProblemCodes.Network.EmptyText,
            "Valeur vide : un texte est attendu.",
            "Empty value: a text is expected.");
        yield return ProblemCatalog.Error(ProblemCodes.Network.CdiWithEndDate,
            "Un CDI n'a pas de date de fin (R14) ; une fin de fonctions se note par la date de départ du conseiller.",
            "A CDI has no end date (R14); leaving the post is recorded as the advisor's leaving date.");
        yield return ProblemCatalog.Error(ProblemCodes.Network.FixedTermWithoutEndDate,
            "Ce contrat ({kind}) doit avoir une date de fin (R14).",
            "This contract ({kind}) must have an end date (R14).");
        yield return ProblemCatalog.Error(ProblemCodes.Network.EndsBeforeStart,
            "La période finit ({end}) avant de commencer ({start}).",
            "The period ends ({end}) before it starts ({start}).");
        yield return ProblemCatalog.Error(ProblemCodes.Network.ContratDeProjetDuration,
            "Un contrat de projet dure de 1 à 6 ans (R14) ; celui-ci va du {start} au {end}.",
            "A contrat de projet lasts 1 to 6 years (R14); this one runs from {start} to {end}.");
        yield return ProblemCatalog.Warning(ProblemCodes.Network.ContratDeProjetPrivateEmployer,
            "Contrat de projet chez un employeur privé : c'est un contrat de la fonction publique (R14).",
            "Contrat de projet at a private employer: it is a contract of the public service (R14).");
        yield return ProblemCatalog.Warning(ProblemCodes.Network.PartTime,
            "Contrat à temps partiel : le dispositif demande un temps plein (R14).",
            "Part-time contract: the programme requires full time (R14).");
        yield return ProblemCatalog.Error(ProblemCodes.Network.OverlappingContracts,
            "Ce contrat chevauche le contrat n° {other} du même conseiller.",
            "This contract overlaps contract no. {other} of the same advisor.");
        yield return ProblemCatalog.Error(ProblemCodes.Network.NoContract,
            "Le conseiller n'a aucun contrat (R14).",
            "The advisor has no contract (R14).");
        yield return ProblemCatalog.Warning(ProblemCodes.Network.EnrolmentOfAnotherPerson,
            "L'inscription en formation est celle de « {personId} », pas du conseiller « {advisorId} ».",
            "The training enrolment belongs to '{personId}', not to advisor '{advisorId}'.");
        yield return ProblemCatalog.Warning(ProblemCodes.Network.ContractEndingSoon,
            "Contrat ({kind}) : fin le {end}, dans {days} jours ; aucun contrat suivant n'est enregistré.",
            "Contract ({kind}): ends on {end}, in {days} days; no following contract is recorded.");
        yield return ProblemCatalog.Warning(ProblemCodes.Network.PostVacantTooLong,
            "Poste vacant depuis le {since} ({days} jours) : au-delà du délai de {months} mois pour le pourvoir (conventions 2025).",
            "Post vacant since {since} ({days} days): beyond the {months}-month delay to fill it (2025 conventions).");
        yield return ProblemCatalog.Warning(ProblemCodes.Network.NoContractInForce,
            "Conseiller en poste sans contrat en vigueur le {date} (R14).",
            "Advisor in post without a contract in force on {date} (R14).");
        yield return ProblemCatalog.Error(ProblemCodes.Network.ReportConstraint,
            "« {value} » ne respecte pas la contrainte « {constraint} » du document {document} (son schéma JSON publié).",
            "'{value}' breaks constraint '{constraint}' of the {document} document (its published JSON Schema).");
    }
}

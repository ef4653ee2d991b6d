using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Network;

/// <summary>The definitions of the <see cref="NetworkProblemCodes"/>: default severity, French and English messages.</summary>
internal static class NetworkProblemDefinitions
{
    internal static readonly ProblemDefinition DuplicateId =
        ProblemDefinition.Error(NetworkProblemCodes.DuplicateId,
            "L'identifiant « {id} » est déjà utilisé dans {list}.",
            "Id '{id}' is already used in {list}.");

    internal static readonly ProblemDefinition UnknownStructure =
        ProblemDefinition.Error(NetworkProblemCodes.UnknownStructure,
            "Aucune structure d'accueil n'a l'identifiant « {id} ».",
            "No host structure has id '{id}'.");

    internal static readonly ProblemDefinition UnknownPlace =
        ProblemDefinition.Error(NetworkProblemCodes.UnknownPlace,
            "Aucun lieu n'a l'identifiant « {id} ».",
            "No place has id '{id}'.");

    internal static readonly ProblemDefinition UnknownPost =
        ProblemDefinition.Error(NetworkProblemCodes.UnknownPost,
            "Aucun poste n'a l'identifiant « {id} ».",
            "No post has id '{id}'.");

    internal static readonly ProblemDefinition EmptyText =
        ProblemDefinition.Error(NetworkProblemCodes.EmptyText,
            "Valeur vide : un texte est attendu.",
            "Empty value: a text is expected.");

    internal static readonly ProblemDefinition CdiWithEndDate =
        ProblemDefinition.Error(NetworkProblemCodes.CdiWithEndDate,
            "Un CDI n'a pas de date de fin (R14) ; une fin de fonctions se note par la date de départ du conseiller.",
            "A CDI has no end date (R14); leaving the post is recorded as the advisor's leaving date.");

    internal static readonly ProblemDefinition FixedTermWithoutEndDate =
        ProblemDefinition.Error(NetworkProblemCodes.FixedTermWithoutEndDate,
            "Ce contrat ({kind}) doit avoir une date de fin (R14).",
            "This contract ({kind}) must have an end date (R14).");

    internal static readonly ProblemDefinition EndsBeforeStart =
        ProblemDefinition.Error(NetworkProblemCodes.EndsBeforeStart,
            "La période finit ({end}) avant de commencer ({start}).",
            "The period ends ({end}) before it starts ({start}).");

    internal static readonly ProblemDefinition ContratDeProjetDuration =
        ProblemDefinition.Error(NetworkProblemCodes.ContratDeProjetDuration,
            "Un contrat de projet dure de 1 à 6 ans (R14) ; celui-ci va du {start} au {end}.",
            "A contrat de projet lasts 1 to 6 years (R14); this one runs from {start} to {end}.");

    internal static readonly ProblemDefinition ContratDeProjetPrivateEmployer =
        ProblemDefinition.Warning(NetworkProblemCodes.ContratDeProjetPrivateEmployer,
            "Contrat de projet chez un employeur privé : c'est un contrat de la fonction publique (R14).",
            "Contrat de projet at a private employer: it is a contract of the public service (R14).");

    internal static readonly ProblemDefinition PartTime =
        ProblemDefinition.Warning(NetworkProblemCodes.PartTime,
            "Contrat à temps partiel : le dispositif demande un temps plein (R14).",
            "Part-time contract: the programme requires full time (R14).");

    internal static readonly ProblemDefinition OverlappingContracts =
        ProblemDefinition.Error(NetworkProblemCodes.OverlappingContracts,
            "Ce contrat chevauche le contrat n° {other} du même conseiller.",
            "This contract overlaps contract no. {other} of the same advisor.");

    internal static readonly ProblemDefinition NoContract =
        ProblemDefinition.Error(NetworkProblemCodes.NoContract,
            "Le conseiller n'a aucun contrat (R14).",
            "The advisor has no contract (R14).");

    internal static readonly ProblemDefinition EnrolmentOfAnotherPerson =
        ProblemDefinition.Warning(NetworkProblemCodes.EnrolmentOfAnotherPerson,
            "L'inscription en formation est celle de « {personId} », pas du conseiller « {advisorId} ».",
            "The training enrolment belongs to '{personId}', not to advisor '{advisorId}'.");

    internal static readonly ProblemDefinition ContractEndingSoon =
        ProblemDefinition.Warning(NetworkProblemCodes.ContractEndingSoon,
            "Contrat ({kind}) : fin le {end}, dans {days} jours ; aucun contrat suivant n'est enregistré.",
            "Contract ({kind}): ends on {end}, in {days} days; no following contract is recorded.");

    internal static readonly ProblemDefinition PostVacantTooLong =
        ProblemDefinition.Warning(NetworkProblemCodes.PostVacantTooLong,
            "Poste vacant depuis le {since} ({days} jours) : au-delà du délai de {months} mois pour le pourvoir (conventions 2025).",
            "Post vacant since {since} ({days} days): beyond the {months}-month delay to fill it (2025 conventions).");

    internal static readonly ProblemDefinition NoContractInForce =
        ProblemDefinition.Warning(NetworkProblemCodes.NoContractInForce,
            "Conseiller en poste sans contrat en vigueur le {date} (R14).",
            "Advisor in post without a contract in force on {date} (R14).");

    internal static readonly ProblemDefinition ReportConstraint =
        ProblemDefinition.Error(NetworkProblemCodes.ReportConstraint,
            "« {value} » ne respecte pas la contrainte « {constraint} » du document {document} (son schéma JSON publié).",
            "'{value}' breaks constraint '{constraint}' of the {document} document (its published JSON Schema).");

    /// <summary>Gets every definition of the area, in the order of the codes.</summary>
    internal static IReadOnlyList<ProblemDefinition> All { get; } =
    [
        DuplicateId, UnknownStructure, UnknownPlace, UnknownPost, EmptyText, CdiWithEndDate, FixedTermWithoutEndDate, EndsBeforeStart, ContratDeProjetDuration, ContratDeProjetPrivateEmployer, PartTime, OverlappingContracts, NoContract, EnrolmentOfAnotherPerson, ContractEndingSoon, PostVacantTooLong, NoContractInForce, ReportConstraint,
    ];
}

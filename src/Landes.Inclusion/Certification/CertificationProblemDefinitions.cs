using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Certification;

/// <summary>The definitions of the <see cref="CertificationProblemCodes"/>: default severity, French and English messages.</summary>
internal static class CertificationProblemDefinitions
{
    internal static readonly ProblemDefinition EmptyText =
        ProblemDefinition.Error(CertificationProblemCodes.EmptyText,
            "Texte obligatoire vide.",
            "Required text is empty.");

    internal static readonly ProblemDefinition DuplicateTitle =
        ProblemDefinition.Error(CertificationProblemCodes.DuplicateTitle,
            "L'identifiant de titre « {title} » est déjà utilisé dans le catalogue.",
            "Title identifier '{title}' is already used in the catalog.");

    internal static readonly ProblemDefinition UnknownTitleReference =
        ProblemDefinition.Error(CertificationProblemCodes.UnknownTitleReference,
            "Le titre « {title} » n'est pas dans le catalogue.",
            "Title '{title}' is not in the catalog.");

    internal static readonly ProblemDefinition LevelOutOfRange =
        ProblemDefinition.Error(CertificationProblemCodes.LevelOutOfRange,
            "Niveau {level} hors du cadre national des certifications (3 à 8).",
            "Level {level} is outside the national qualifications framework (3 to 8).");

    internal static readonly ProblemDefinition ValidityInverted =
        ProblemDefinition.Error(CertificationProblemCodes.ValidityInverted,
            "La fin de validité ({end}) précède son début ({start}).",
            "The end of validity ({end}) precedes its start ({start}).");

    internal static readonly ProblemDefinition NoBlocks =
        ProblemDefinition.Error(CertificationProblemCodes.NoBlocks,
            "Un titre a au moins un bloc de compétences (CCP).",
            "A title has at least one block (CCP).");

    internal static readonly ProblemDefinition DuplicateBlock =
        ProblemDefinition.Error(CertificationProblemCodes.DuplicateBlock,
            "Le numéro de CCP {block} apparaît plusieurs fois.",
            "CCP number {block} appears more than once.");

    internal static readonly ProblemDefinition BlockNumberOutOfRange =
        ProblemDefinition.Error(CertificationProblemCodes.BlockNumberOutOfRange,
            "Numéro de CCP {block} hors de 1 à 99.",
            "CCP number {block} is outside 1 to 99.");

    internal static readonly ProblemDefinition UnknownCorrespondenceBlock =
        ProblemDefinition.Error(CertificationProblemCodes.UnknownCorrespondenceBlock,
            "Le titre « {title} » n'a pas de CCP{block}.",
            "Title '{title}' has no CCP{block}.");

    internal static readonly ProblemDefinition MappingsNotPublished =
        ProblemDefinition.Error(CertificationProblemCodes.MappingsNotPublished,
            "Une correspondance non publiée ne peut pas lister de CCP.",
            "A correspondence that is not published cannot list CCPs.");

    internal static readonly ProblemDefinition EndWithoutValidUntil =
        ProblemDefinition.Error(CertificationProblemCodes.EndWithoutValidUntil,
            "Un statut de fin ou un délai d'achèvement suppose une fin de validité antérieure au délai.",
            "An end status or completion deadline needs an end of validity before the deadline.");

    internal static readonly ProblemDefinition DuplicateCcs =
        ProblemDefinition.Error(CertificationProblemCodes.DuplicateCcs,
            "Le CCS « {ccs} » apparaît plusieurs fois.",
            "CCS '{ccs}' appears more than once.");

    internal static readonly ProblemDefinition UnknownTitle =
        ProblemDefinition.Error(CertificationProblemCodes.UnknownTitle,
            "Le titre « {title} » n'est pas dans le catalogue.",
            "Title '{title}' is not in the catalog.");

    internal static readonly ProblemDefinition UnknownBlock =
        ProblemDefinition.Error(CertificationProblemCodes.UnknownBlock,
            "Le titre « {title} » n'a pas de CCP{block}.",
            "Title '{title}' has no CCP{block}.");

    internal static readonly ProblemDefinition ResultOutsideValidity =
        ProblemDefinition.Error(CertificationProblemCodes.ResultOutsideValidity,
            "Résultat du {date} hors de la période de validité du titre « {title} » et de tout délai d'achèvement (R3, R4).",
            "Result of {date} is outside the validity of title '{title}' and any completion allowance (R3, R4).");

    internal static readonly ProblemDefinition DuplicateResult =
        ProblemDefinition.Error(CertificationProblemCodes.DuplicateResult,
            "Le résultat du CCP{block} de « {title} » du {date} apparaît plusieurs fois.",
            "The result of CCP{block} of '{title}' on {date} appears more than once.");

    internal static readonly ProblemDefinition AwardWithoutAllBlocks =
        ProblemDefinition.Error(CertificationProblemCodes.AwardWithoutAllBlocks,
            "Titre « {title} » délivré le {date} alors que le dossier ne montre pas tous ses CCP (R1).",
            "Title '{title}' awarded on {date} while the record does not show all its CCPs (R1).");

    internal static readonly ProblemDefinition CcsBeforeTitle =
        ProblemDefinition.Error(CertificationProblemCodes.CcsBeforeTitle,
            "CCS du {date} alors que le titre « {title} » n'est pas acquis ce jour-là (ni délivré, ni tous ses CCP acquis) : un CCS ne s'obtient qu'après le titre (R1).",
            "CCS of {date} while title '{title}' is not held that day (neither awarded nor all its CCPs held): a CCS is obtained only after the title (R1).");

    internal static readonly ProblemDefinition DateAfterAsOf =
        ProblemDefinition.Error(CertificationProblemCodes.DateAfterAsOf,
            "Date {date} postérieure à la date d'évaluation {asOf}.",
            "Date {date} is after the evaluation date {asOf}.");

    internal static readonly ProblemDefinition UnknownCcs =
        ProblemDefinition.Error(CertificationProblemCodes.UnknownCcs,
            "Le titre « {title} » n'a pas de CCS « {ccs} ».",
            "Title '{title}' has no CCS '{ccs}'.");

    internal static readonly ProblemDefinition FrameBlockUnknown =
        ProblemDefinition.Error(CertificationProblemCodes.FrameBlockUnknown,
            "Un cadre de sessions doit nommer au moins un CCP du titre « {title} » (CCP{block} inconnu).",
            "A session frame must name at least one CCP of title '{title}' (CCP{block} unknown).");

    internal static readonly ProblemDefinition FrameInvalid =
        ProblemDefinition.Error(CertificationProblemCodes.FrameInvalid,
            "Un cadre de sessions a une source et une fin qui ne précède pas son début.",
            "A session frame has a source and an end that does not precede its start.");

    internal static readonly ProblemDefinition RegistrationAfterSession =
        ProblemDefinition.Error(CertificationProblemCodes.RegistrationAfterSession,
            "Inscription du {date} postérieure à la session du {sessionDate}.",
            "Registration of {date} is after the session of {sessionDate}.");

    internal static readonly ProblemDefinition EvaluationConstraint =
        ProblemDefinition.Error(CertificationProblemCodes.EvaluationConstraint,
            "« {value} » ne respecte pas la contrainte « {constraint} » du document {document} (son schéma JSON publié).",
            "'{value}' breaks constraint '{constraint}' of the {document} document (its published JSON Schema).");

    // The findings of the rules engine (R1–R6, R13): each kind's rule, default severity and messages. Dates and lists of
    // CCPs are arguments in a neutral form (ISO dates, "1,2"), written out in the message's language when rendered.
    internal static readonly ProblemDefinition FindingTitleAwarded =
        new ProblemDefinition(CertificationProblemCodes.FindingTitleAwarded, ProblemSeverity.Information,
            "Le titre {title} a été délivré par le jury le {date}.",
            "The {title} title was awarded by the jury on {date}.").ForRule("R5", FindingTexts.LegalReference("R5"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingAllBlocksHeld =
        new ProblemDefinition(CertificationProblemCodes.FindingAllBlocksHeld, ProblemSeverity.Information,
            "Tous les CCP de {title} sont acquis ({held}) : le titre est obtenu par capitalisation.",
            "Every CCP of {title} is held ({held}): the title is obtained by capitalisation.").ForRule("R1", FindingTexts.LegalReference("R1"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingBlocksMissing =
        new ProblemDefinition(CertificationProblemCodes.FindingBlocksMissing, ProblemSeverity.Information,
            "{title} : CCP acquis : {held} ; CCP manquants : {missing}.",
            "{title}: CCPs held: {held}; CCPs missing: {missing}.").ForRule("R1", FindingTexts.LegalReference("R1"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingBlockListIncomplete =
        new ProblemDefinition(CertificationProblemCodes.FindingBlockListIncomplete, ProblemSeverity.Warning,
            "Le catalogue ne connaît qu'une partie des CCP de {title} : l'obtention du titre par capitalisation ne peut pas être établie.",
            "The catalog knows only some of the CCPs of {title}: obtaining the title by capitalisation cannot be established.").ForRule("R1", FindingTexts.LegalReference("R1"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingBlockAcquired =
        new ProblemDefinition(CertificationProblemCodes.FindingBlockAcquired, ProblemSeverity.Information,
            "CCP{block} de {title} obtenu le {date}, pendant la validité du titre : acquis.",
            "CCP{block} of {title} obtained on {date}, while the title was valid: held.").ForRule("R3", FindingTexts.LegalReference("R3"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingBlockAcquiredInAllowance =
        new ProblemDefinition(CertificationProblemCodes.FindingBlockAcquiredInAllowance, ProblemSeverity.Information,
            "CCP{block} de {title} obtenu le {date}, après la fin du titre mais dans le délai pour l'achever : acquis.",
            "CCP{block} of {title} obtained on {date}, after the title ended but within the time allowed to complete it: held.").ForRule("R4", FindingTexts.LegalReference("R4"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingResultOutsideValidity =
        new ProblemDefinition(CertificationProblemCodes.FindingResultOutsideValidity, ProblemSeverity.Information,
            "CCP{block} de {title} daté du {date}, hors de la période de validité du titre (à partir du {from}) et de tout délai : non pris en compte.",
            "CCP{block} of {title} dated {date}, outside the title's validity (from {from}) and any allowance: not counted.").ForRule("R3", FindingTexts.LegalReference("R3"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingBlockAcquiredFiveYears =
        new ProblemDefinition(CertificationProblemCodes.FindingBlockAcquiredFiveYears, ProblemSeverity.Information,
            "CCP{block} de {title} obtenu le {date}, avant le 14 juillet 2016 : selon la règle d'alors, il compte pendant cinq ans, jusqu'au {until} inclus.",
            "CCP{block} of {title} obtained on {date}, before 14 July 2016: under the rule of the time it counts for five years, until {until} inclusive.").ForRule("R3", FindingTexts.LegalReference("R3"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingBlockExpiredFiveYears =
        new ProblemDefinition(CertificationProblemCodes.FindingBlockExpiredFiveYears, ProblemSeverity.Information,
            "CCP{block} de {title} obtenu le {date}, avant le 14 juillet 2016 : ses cinq ans ont pris fin le {until} ; il n'est plus pris en compte.",
            "CCP{block} of {title} obtained on {date}, before 14 July 2016: its five years ended on {until}; it is no longer counted.").ForRule("R3", FindingTexts.LegalReference("R3"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingBlockCarriedOver =
        new ProblemDefinition(CertificationProblemCodes.FindingBlockCarriedOver, ProblemSeverity.Information,
            "CCP{otherBlock} de {other} (obtenu le {date}) donne le CCP{block} de {title} selon la table de correspondance publiée.",
            "CCP{otherBlock} of {other} (obtained on {date}) gives CCP{block} of {title} under the published correspondence table.").ForRule("R4", FindingTexts.LegalReference("R4"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingBlockWithoutCounterpart =
        new ProblemDefinition(CertificationProblemCodes.FindingBlockWithoutCounterpart, ProblemSeverity.Information,
            "CCP{otherBlock} de {other} (obtenu le {date}) n'a pas d'équivalent dans {title} selon la table de correspondance publiée.",
            "CCP{otherBlock} of {other} (obtained on {date}) has no counterpart in {title} under the published correspondence table.").ForRule("R4", FindingTexts.LegalReference("R4"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingCorrespondenceNotPublished =
        new ProblemDefinition(CertificationProblemCodes.FindingCorrespondenceNotPublished, ProblemSeverity.Warning,
            "CCP{otherBlock} de {other} (obtenu le {date}) : la table de correspondance entre {other} et {title} n'est pas publiée ; on ne peut pas dire à quel CCP de {title} il correspond.",
            "CCP{otherBlock} of {other} (obtained on {date}): the correspondence table between {other} and {title} is not published; which CCP of {title} it gives cannot be said.").ForRule("R4", FindingTexts.LegalReference("R4"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingInForceUntil =
        new ProblemDefinition(CertificationProblemCodes.FindingInForceUntil, ProblemSeverity.Information,
            "{title} est en vigueur jusqu'au {end} inclus : les CCP manquants peuvent être acquis jusqu'à cette date.",
            "{title} is in force until {end} inclusive: the missing CCPs can be acquired until then.").ForRule("R3", FindingTexts.LegalReference("R3"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingInForceOpenEnded =
        new ProblemDefinition(CertificationProblemCodes.FindingInForceOpenEnded, ProblemSeverity.Information,
            "{title} est en vigueur depuis le {from}, sans date de fin connue : les CCP s'acquièrent pendant sa validité.",
            "{title} is in force since {from}, with no known end: CCPs are acquired while it is valid.").ForRule("R3", FindingTexts.LegalReference("R3"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingNotYetInForce =
        new ProblemDefinition(CertificationProblemCodes.FindingNotYetInForce, ProblemSeverity.Information,
            "{title} n'entre en vigueur que le {from}.",
            "{title} comes into force only on {from}.").ForRule("R3", FindingTexts.LegalReference("R3"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingAllowanceOpen =
        new ProblemDefinition(CertificationProblemCodes.FindingAllowanceOpen, ProblemSeverity.Information,
            "{title} a pris fin le {end} ; inscrit à une session le {date} et entré en formation avant cette fin, le candidat peut encore obtenir le titre jusqu'au {until} inclus.",
            "{title} ended on {end}; registered to a session on {date} and in training before that end, the candidate can still obtain the title until {until} inclusive.").ForRule("R4", FindingTexts.LegalReference("R4"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingAllowanceNotEligible =
        new ProblemDefinition(CertificationProblemCodes.FindingAllowanceNotEligible, ProblemSeverity.Information,
            "{title} a pris fin le {end} ; le dossier ne montre pas à la fois une inscription à une session et une entrée en formation au plus tard ce jour : le délai jusqu'au {until} ne lui est pas ouvert.",
            "{title} ended on {end}; the record does not show both a registration to a session and training started on or before that day: the allowance until {until} is not open to the candidate.").ForRule("R4", FindingTexts.LegalReference("R4"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingAllowanceExpired =
        new ProblemDefinition(CertificationProblemCodes.FindingAllowanceExpired, ProblemSeverity.Information,
            "{title} a pris fin le {end} ; le délai pour l'achever a expiré le {until} : le titre ne peut plus être obtenu.",
            "{title} ended on {end}; the time allowed to complete it ran out on {until}: the title can no longer be obtained.").ForRule("R4", FindingTexts.LegalReference("R4"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingEndedWithoutAllowance =
        new ProblemDefinition(CertificationProblemCodes.FindingEndedWithoutAllowance, ProblemSeverity.Information,
            "{title} a pris fin le {end} et aucun délai pour l'achever n'est connu : le titre ne peut plus être obtenu.",
            "{title} ended on {end} and no time to complete it is known: the title can no longer be obtained.").ForRule("R4", FindingTexts.LegalReference("R4"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingSucceeded =
        new ProblemDefinition(CertificationProblemCodes.FindingSucceeded, ProblemSeverity.Information,
            "{title} est remplacé par {other}, en vigueur depuis le {otherFrom}.",
            "{title} is replaced by {other}, in force since {otherFrom}.").ForRule("R4", FindingTexts.LegalReference("R4"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingSuccessorCorrespondenceNotPublished =
        new ProblemDefinition(CertificationProblemCodes.FindingSuccessorCorrespondenceNotPublished, ProblemSeverity.Warning,
            "La table de correspondance entre les CCP de {title} et ceux de {other} n'est pas publiée : on ne peut pas dire quels CCP de {other} les CCP acquis ({held}) donnent.",
            "The correspondence table between the CCPs of {title} and those of {other} is not published: which CCPs of {other} the held CCPs ({held}) give cannot be said.").ForRule("R4", FindingTexts.LegalReference("R4"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingTrainingNotShown =
        new ProblemDefinition(CertificationProblemCodes.FindingTrainingNotShown, ProblemSeverity.Warning,
            "Session du {date} (CCP{block} de {title}) : le dossier ne montre pas d'entrée en formation avant la session, condition pour s'y présenter.",
            "Session of {date} (CCP{block} of {title}): the record shows no training started before the session, a condition to sit it.").ForRule("R2", FindingTexts.LegalReference("R2"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingNoProcesVerbal =
        new ProblemDefinition(CertificationProblemCodes.FindingNoProcesVerbal, ProblemSeverity.Warning,
            "Décision du {date} (CCP{block} de {title}) sans référence de procès-verbal : elle ne peut pas être rapprochée du PV validé.",
            "Decision of {date} (CCP{block} of {title}) without a procès-verbal reference: it cannot be matched with the validated record.").ForRule("R5", FindingTexts.LegalReference("R5"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingBlockNotObtained =
        new ProblemDefinition(CertificationProblemCodes.FindingBlockNotObtained, ProblemSeverity.Information,
            "CCP{block} de {title} non obtenu à la session du {date}.",
            "CCP{block} of {title} not obtained at the session of {date}.").ForRule("R5", FindingTexts.LegalReference("R5"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingResitOpen =
        new ProblemDefinition(CertificationProblemCodes.FindingResitOpen, ProblemSeverity.Information,
            "CCP{block} de {title} non obtenu le {date} : le candidat peut se présenter de nouveau sans nouvelle formation jusqu'au {until} inclus.",
            "CCP{block} of {title} not obtained on {date}: the candidate may sit again without new training until {until} inclusive.").ForRule("R6", FindingTexts.LegalReference("R6"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingResitClosed =
        new ProblemDefinition(CertificationProblemCodes.FindingResitClosed, ProblemSeverity.Information,
            "CCP{block} de {title} non obtenu le {date} : l'année pour se présenter de nouveau sans nouvelle formation a pris fin le {until}.",
            "CCP{block} of {title} not obtained on {date}: the year to sit again without new training ended on {until}.").ForRule("R6", FindingTexts.LegalReference("R6"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingCcsHeld =
        new ProblemDefinition(CertificationProblemCodes.FindingCcsHeld, ProblemSeverity.Information,
            "CCS de {title} obtenu le {date}, le titre étant acquis.",
            "CCS of {title} obtained on {date}, the title being held.").ForRule("R1", FindingTexts.LegalReference("R1"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingCcsBeforeTitle =
        new ProblemDefinition(CertificationProblemCodes.FindingCcsBeforeTitle, ProblemSeverity.Information,
            "CCS de {title} daté du {date} alors que le titre n'est pas acquis à cette date : un CCS ne s'obtient qu'après le titre.",
            "CCS of {title} dated {date} while the title is not held on that day: a CCS is obtained only after the title.").ForRule("R1", FindingTexts.LegalReference("R1"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingFutureEntryIgnored =
        new ProblemDefinition(CertificationProblemCodes.FindingFutureEntryIgnored, ProblemSeverity.Information,
            "Une décision datée du {date}, postérieure à la date d'évaluation, est ignorée.",
            "A decision dated {date}, after the evaluation date, is ignored.").ForRule("R5", FindingTexts.LegalReference("R5"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingBlockAcquiredUnderEvidence =
        new ProblemDefinition(CertificationProblemCodes.FindingBlockAcquiredUnderEvidence, ProblemSeverity.Warning,
            "CCP{block} de {title} obtenu le {date}, après la fin de validité du titre et hors du délai pour l'achever : la décision du jury compte, car des sessions de ce CCP ont été tenues du {frameFrom} au {frameUntil} (source : {source}). Fait incertain : {uncertainty}",
            "CCP{block} of {title} obtained on {date}, after the title's validity and outside the time allowed to complete it: the jury's decision counts, as sessions of this CCP were held from {frameFrom} to {frameUntil} (source: {source}). Uncertain fact: {uncertainty}").ForRule("R5", FindingTexts.LegalReference("R5"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingBlockUnderEvidenceProgrammeNotShown =
        new ProblemDefinition(CertificationProblemCodes.FindingBlockUnderEvidenceProgrammeNotShown, ProblemSeverity.Warning,
            "CCP{block} de {title} obtenu le {date}, hors de la validité du titre : des sessions de ce CCP ont été tenues pour le programme « {programme} » du {frameFrom} au {frameUntil} (source : {source}), mais le dossier ne dit pas le programme du candidat. La décision compte ; à vérifier.",
            "CCP{block} of {title} obtained on {date}, outside the title's validity: sessions of this CCP were held for the '{programme}' programme from {frameFrom} to {frameUntil} (source: {source}), but the record does not say the candidate's programme. The decision counts; to be checked.").ForRule("R5", FindingTexts.LegalReference("R5"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingSessionEvidenceAfterEnd =
        new ProblemDefinition(CertificationProblemCodes.FindingSessionEvidenceAfterEnd, ProblemSeverity.Information,
            "{title} a pris fin le {end}, mais des sessions du CCP{frameBlocks} ont été tenues pour le programme « {programme} » du {frameFrom} au {frameUntil} (source : {source}) ; les décisions de ces sessions comptent. Fait incertain : {uncertainty}",
            "{title} ended on {end}, but sessions of CCP{frameBlocks} were held for the '{programme}' programme from {frameFrom} to {frameUntil} (source: {source}); the decisions of those sessions count. Uncertain fact: {uncertainty}").ForRule("R4", FindingTexts.LegalReference("R4"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingRemoteSessionCovered =
        new ProblemDefinition(CertificationProblemCodes.FindingRemoteSessionCovered, ProblemSeverity.Information,
            "CCP{block} de {title} passé à distance le {date}, dans le cadre de l'expérimentation (source : {source}), modalité inscrite au procès-verbal et DGEFP informée.",
            "CCP{block} of {title} sat remotely on {date}, within the trial (source: {source}), with the remote method in the procès-verbal and the DGEFP told.").ForRule("R13", FindingTexts.LegalReference("R13"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingRemoteSessionConditionsNotShown =
        new ProblemDefinition(CertificationProblemCodes.FindingRemoteSessionConditionsNotShown, ProblemSeverity.Warning,
            "CCP{block} de {title} passé à distance le {date} : le dossier ne montre pas à la fois la modalité à distance inscrite au procès-verbal, l'information préalable de la DGEFP et le programme du candidat (source : {source}).",
            "CCP{block} of {title} sat remotely on {date}: the record does not show the remote method in the procès-verbal, the DGEFP told beforehand and the candidate's programme all together (source: {source}).").ForRule("R13", FindingTexts.LegalReference("R13"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingRemoteSessionNotCovered =
        new ProblemDefinition(CertificationProblemCodes.FindingRemoteSessionNotCovered, ProblemSeverity.Information,
            "CCP{block} de {title} passé à distance le {date} sans la modalité inscrite au procès-verbal ou sans information préalable de la DGEFP : la session n'est pas couverte par l'expérimentation (source : {source}).",
            "CCP{block} of {title} sat remotely on {date} without the remote method in the procès-verbal or without the DGEFP told beforehand: the session is not covered by the trial (source: {source}).").ForRule("R13", FindingTexts.LegalReference("R13"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingRemoteSessionOutsideFrame =
        new ProblemDefinition(CertificationProblemCodes.FindingRemoteSessionOutsideFrame, ProblemSeverity.Information,
            "CCP{block} de {title} passé à distance le {date} : seules les sessions du CCP1 de REMN pour les conseillers numériques, à partir de l'arrêté du 14 novembre 2024, peuvent se tenir à distance ; cette session n'est pas couverte.",
            "CCP{block} of {title} sat remotely on {date}: only sessions of REMN's CCP1 for conseillers numériques, from the arrêté of 14 November 2024, may be held remotely; this session is not covered.").ForRule("R13", FindingTexts.LegalReference("R13"), FindingTexts.RenderArgument);

    internal static readonly ProblemDefinition FindingRecordInconsistent =
        new ProblemDefinition(CertificationProblemCodes.FindingRecordInconsistent, ProblemSeverity.Error,
            "Dossier incohérent ({path}) : {problem} Le résultat est indéterminé.",
            "Inconsistent record ({path}): {problem} The outcome is undetermined.").ForRule("R5", FindingTexts.LegalReference("R5"), FindingTexts.RenderArgument);

    /// <summary>Gets every definition of the area, in the order of the codes.</summary>
    internal static IReadOnlyList<ProblemDefinition> All { get; } =
    [
        EmptyText, DuplicateTitle, UnknownTitleReference, LevelOutOfRange, ValidityInverted, NoBlocks, DuplicateBlock, BlockNumberOutOfRange, UnknownCorrespondenceBlock, MappingsNotPublished, EndWithoutValidUntil, DuplicateCcs, UnknownTitle, UnknownBlock, ResultOutsideValidity, DuplicateResult, AwardWithoutAllBlocks, CcsBeforeTitle, DateAfterAsOf, UnknownCcs, FrameBlockUnknown, FrameInvalid, RegistrationAfterSession, EvaluationConstraint,
        FindingTitleAwarded, FindingAllBlocksHeld, FindingBlocksMissing, FindingBlockListIncomplete, FindingBlockAcquired, FindingBlockAcquiredInAllowance, FindingResultOutsideValidity, FindingBlockAcquiredFiveYears, FindingBlockExpiredFiveYears, FindingBlockCarriedOver, FindingBlockWithoutCounterpart, FindingCorrespondenceNotPublished, FindingInForceUntil, FindingInForceOpenEnded, FindingNotYetInForce, FindingAllowanceOpen, FindingAllowanceNotEligible, FindingAllowanceExpired, FindingEndedWithoutAllowance, FindingSucceeded, FindingSuccessorCorrespondenceNotPublished, FindingTrainingNotShown, FindingNoProcesVerbal, FindingBlockNotObtained, FindingResitOpen, FindingResitClosed, FindingCcsHeld, FindingCcsBeforeTitle, FindingFutureEntryIgnored, FindingBlockAcquiredUnderEvidence, FindingBlockUnderEvidenceProgrammeNotShown, FindingSessionEvidenceAfterEnd, FindingRemoteSessionCovered, FindingRemoteSessionConditionsNotShown, FindingRemoteSessionNotCovered, FindingRemoteSessionOutsideFrame, FindingRecordInconsistent,
    ];
}

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

    /// <summary>Gets every definition of the area, in the order of the codes.</summary>
    internal static IReadOnlyList<ProblemDefinition> All { get; } =
    [
        EmptyText, DuplicateTitle, UnknownTitleReference, LevelOutOfRange, ValidityInverted, NoBlocks, DuplicateBlock, BlockNumberOutOfRange, UnknownCorrespondenceBlock, MappingsNotPublished, EndWithoutValidUntil, DuplicateCcs, UnknownTitle, UnknownBlock, ResultOutsideValidity, DuplicateResult, AwardWithoutAllBlocks, CcsBeforeTitle, DateAfterAsOf, UnknownCcs, FrameBlockUnknown, FrameInvalid, RegistrationAfterSession, EvaluationConstraint,
    ];
}

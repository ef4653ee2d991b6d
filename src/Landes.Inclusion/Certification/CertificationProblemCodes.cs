
namespace Landes.Inclusion.Diagnostics;

public static partial class ProblemCodes
{
    /// <summary>Codes of the certification catalogs and candidate records (area <c>CER</c>).</summary>
    public static class Certification
    {
        /// <summary>A required text (identifier, name, label) is empty.</summary>
        public const string EmptyText = "LI-CER-001";

        /// <summary>Two title versions share an identifier.</summary>
        public const string DuplicateTitle = "LI-CER-002";

        /// <summary>A predecessor, successor or correspondence names a title version the catalog does not hold.</summary>
        public const string UnknownTitleReference = "LI-CER-003";

        /// <summary>A level is outside 3–8 (cadre national des certifications).</summary>
        public const string LevelOutOfRange = "LI-CER-004";

        /// <summary>A validity window ends before it starts.</summary>
        public const string ValidityInverted = "LI-CER-005";

        /// <summary>A title version has no block.</summary>
        public const string NoBlocks = "LI-CER-006";

        /// <summary>Two blocks of a title version share a number.</summary>
        public const string DuplicateBlock = "LI-CER-007";

        /// <summary>A block number is outside 1–99.</summary>
        public const string BlockNumberOutOfRange = "LI-CER-008";

        /// <summary>A correspondence maps a block its title version does not have.</summary>
        public const string UnknownCorrespondenceBlock = "LI-CER-009";

        /// <summary>A correspondence marked not published lists mappings.</summary>
        public const string MappingsNotPublished = "LI-CER-010";

        /// <summary>An end status or completion deadline is given without an end of validity, or the deadline precedes the end.</summary>
        public const string EndWithoutValidUntil = "LI-CER-011";

        /// <summary>Two CCS of a title version share an identifier.</summary>
        public const string DuplicateCcs = "LI-CER-012";

        /// <summary>A record names a title version the catalog does not hold.</summary>
        public const string UnknownTitle = "LI-CER-101";

        /// <summary>A record names a block its title version does not have.</summary>
        public const string UnknownBlock = "LI-CER-102";

        /// <summary>A result is dated outside its title version's validity and completion allowance (R3, R4).</summary>
        public const string ResultOutsideValidity = "LI-CER-103";

        /// <summary>The same result (title, block, session date) appears twice.</summary>
        public const string DuplicateResult = "LI-CER-104";

        /// <summary>A title is awarded while the record does not show all its blocks (R1).</summary>
        public const string AwardWithoutAllBlocks = "LI-CER-105";

        /// <summary>A CCS is dated on a day its title is not held: neither awarded by then nor all its CCPs held (R1).</summary>
        public const string CcsBeforeTitle = "LI-CER-106";

        /// <summary>A date is after the evaluation date.</summary>
        public const string DateAfterAsOf = "LI-CER-107";

        /// <summary>A record names a CCS its title version does not have.</summary>
        public const string UnknownCcs = "LI-CER-108";

        /// <summary>A registration is dated after its session.</summary>
        public const string RegistrationAfterSession = "LI-CER-109";

        /// <summary>A session frame (evidence of sessions or remote sessions) names no block, or a block its title does not have.</summary>
        public const string FrameBlockUnknown = "LI-CER-200";

        /// <summary>A session frame ends before it starts, or has no source.</summary>
        public const string FrameInvalid = "LI-CER-201";

        /// <summary>A value of a certification evaluation breaks a constraint of its published JSON Schema.</summary>
        public const string EvaluationConstraint = "LI-CER-150";
    }
}

/// <summary>The definitions of the <see cref="ProblemCodes.Certification"/> codes.</summary>
internal static class CertificationProblemDefinitions
{
    public static IEnumerable<ProblemDefinition> All()
    {
        yield return ProblemCatalog.Error(ProblemCodes.Certification.EmptyText,
            "Texte obligatoire vide.",
            "Required text is empty.");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.DuplicateTitle,
            "L'identifiant de titre « {title} » est déjà utilisé dans le catalogue.",
            "Title identifier '{title}' is already used in the catalog.");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.UnknownTitleReference,
            "Le titre « {title} » n'est pas dans le catalogue.",
            "Title '{title}' is not in the catalog.");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.LevelOutOfRange,
            "Niveau {level} hors du cadre national des certifications (3 à 8).",
            "Level {level} is outside the national qualifications framework (3 to 8).");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.ValidityInverted,
            "La fin de validité ({end}) précède son début ({start}).",
            "The end of validity ({end}) precedes its start ({start}).");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.NoBlocks,
            "Un titre a au moins un bloc de compétences (CCP).",
            "A title has at least one block (CCP).");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.DuplicateBlock,
            "Le numéro de CCP {block} apparaît plusieurs fois.",
            "CCP number {block} appears more than once.");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.BlockNumberOutOfRange,
            "Numéro de CCP {block} hors de 1 à 99.",
            "CCP number {block} is outside 1 to 99.");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.UnknownCorrespondenceBlock,
            "Le titre « {title} » n'a pas de CCP{block}.",
            "Title '{title}' has no CCP{block}.");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.MappingsNotPublished,
            "Une correspondance non publiée ne peut pas lister de CCP.",
            "A correspondence that is not published cannot list CCPs.");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.EndWithoutValidUntil,
            "Un statut de fin ou un délai d'achèvement suppose une fin de validité antérieure au délai.",
            "An end status or completion deadline needs an end of validity before the deadline.");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.DuplicateCcs,
            "Le CCS « {ccs} » apparaît plusieurs fois.",
            "CCS '{ccs}' appears more than once.");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.UnknownTitle,
            "Le titre « {title} » n'est pas dans le catalogue.",
            "Title '{title}' is not in the catalog.");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.UnknownBlock,
            "Le titre « {title} » n'a pas de CCP{block}.",
            "Title '{title}' has no CCP{block}.");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.ResultOutsideValidity,
            "Résultat du {date} hors de la période de validité du titre « {title} » et de tout délai d'achèvement (R3, R4).",
            "Result of {date} is outside the validity of title '{title}' and any completion allowance (R3, R4).");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.DuplicateResult,
            "Le résultat du CCP{block} de « {title} » du {date} apparaît plusieurs fois.",
            "The result of CCP{block} of '{title}' on {date} appears more than once.");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.AwardWithoutAllBlocks,
            "Titre « {title} » délivré le {date} alors que le dossier ne montre pas tous ses CCP (R1).",
            "Title '{title}' awarded on {date} while the record does not show all its CCPs (R1).");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.CcsBeforeTitle,
            "CCS du {date} alors que le titre « {title} » n'est pas acquis ce jour-là (ni délivré, ni tous ses CCP acquis) : un CCS ne s'obtient qu'après le titre (R1).",
            "CCS of {date} while title '{title}' is not held that day (neither awarded nor all its CCPs held): a CCS is obtained only after the title (R1).");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.DateAfterAsOf,
            "Date {date} postérieure à la date d'évaluation {asOf}.",
            "Date {date} is after the evaluation date {asOf}.");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.UnknownCcs,
            "Le titre « {title} » n'a pas de CCS « {ccs} ».",
            "Title '{title}' has no CCS '{ccs}'.");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.FrameBlockUnknown,
            "Un cadre de sessions doit nommer au moins un CCP du titre « {title} » (CCP{block} inconnu).",
            "A session frame must name at least one CCP of title '{title}' (CCP{block} unknown).");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.FrameInvalid,
            "Un cadre de sessions a une source et une fin qui ne précède pas son début.",
            "A session frame has a source and an end that does not precede its start.");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.RegistrationAfterSession,
            "Inscription du {date} postérieure à la session du {sessionDate}.",
            "Registration of {date} is after the session of {sessionDate}.");
        yield return ProblemCatalog.Error(ProblemCodes.Certification.EvaluationConstraint,
            "« {value} » ne respecte pas la contrainte « {constraint} » du document {document} (son schéma JSON publié).",
            "'{value}' breaks constraint '{constraint}' of the {document} document (its published JSON Schema).");
    }
}

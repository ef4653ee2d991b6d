namespace Landes.Inclusion.Certification;

/// <summary>Codes of the certification catalogs and candidate records (area <c>CER</c>).</summary>
/// <remarks>The codes are stable: programs may rely on them. Each code's severity and messages are in <see cref="ProblemCatalog"/>, and <c>docs/errors.md</c> lists them.</remarks>
public static class CertificationProblemCodes
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

    /// <summary>A finding of the rules engine: <see cref="FindingKind.TitleAwarded"/>.</summary>
    public const string FindingTitleAwarded = "LI-CER-210";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.AllBlocksHeld"/>.</summary>
    public const string FindingAllBlocksHeld = "LI-CER-211";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.BlocksMissing"/>.</summary>
    public const string FindingBlocksMissing = "LI-CER-212";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.BlockListIncomplete"/>.</summary>
    public const string FindingBlockListIncomplete = "LI-CER-213";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.BlockAcquired"/>.</summary>
    public const string FindingBlockAcquired = "LI-CER-214";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.BlockAcquiredInAllowance"/>.</summary>
    public const string FindingBlockAcquiredInAllowance = "LI-CER-215";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.ResultOutsideValidity"/>.</summary>
    public const string FindingResultOutsideValidity = "LI-CER-216";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.BlockAcquiredFiveYears"/>.</summary>
    public const string FindingBlockAcquiredFiveYears = "LI-CER-217";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.BlockExpiredFiveYears"/>.</summary>
    public const string FindingBlockExpiredFiveYears = "LI-CER-218";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.BlockCarriedOver"/>.</summary>
    public const string FindingBlockCarriedOver = "LI-CER-219";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.BlockWithoutCounterpart"/>.</summary>
    public const string FindingBlockWithoutCounterpart = "LI-CER-220";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.CorrespondenceNotPublished"/>.</summary>
    public const string FindingCorrespondenceNotPublished = "LI-CER-221";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.InForceUntil"/>.</summary>
    public const string FindingInForceUntil = "LI-CER-222";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.InForceOpenEnded"/>.</summary>
    public const string FindingInForceOpenEnded = "LI-CER-223";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.NotYetInForce"/>.</summary>
    public const string FindingNotYetInForce = "LI-CER-224";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.AllowanceOpen"/>.</summary>
    public const string FindingAllowanceOpen = "LI-CER-225";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.AllowanceNotEligible"/>.</summary>
    public const string FindingAllowanceNotEligible = "LI-CER-226";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.AllowanceExpired"/>.</summary>
    public const string FindingAllowanceExpired = "LI-CER-227";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.EndedWithoutAllowance"/>.</summary>
    public const string FindingEndedWithoutAllowance = "LI-CER-228";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.Succeeded"/>.</summary>
    public const string FindingSucceeded = "LI-CER-229";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.SuccessorCorrespondenceNotPublished"/>.</summary>
    public const string FindingSuccessorCorrespondenceNotPublished = "LI-CER-230";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.TrainingNotShown"/>.</summary>
    public const string FindingTrainingNotShown = "LI-CER-231";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.NoProcesVerbal"/>.</summary>
    public const string FindingNoProcesVerbal = "LI-CER-232";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.BlockNotObtained"/>.</summary>
    public const string FindingBlockNotObtained = "LI-CER-233";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.ResitOpen"/>.</summary>
    public const string FindingResitOpen = "LI-CER-234";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.ResitClosed"/>.</summary>
    public const string FindingResitClosed = "LI-CER-235";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.CcsHeld"/>.</summary>
    public const string FindingCcsHeld = "LI-CER-236";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.CcsBeforeTitle"/>.</summary>
    public const string FindingCcsBeforeTitle = "LI-CER-237";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.FutureEntryIgnored"/>.</summary>
    public const string FindingFutureEntryIgnored = "LI-CER-238";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.BlockAcquiredUnderEvidence"/>.</summary>
    public const string FindingBlockAcquiredUnderEvidence = "LI-CER-239";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.BlockUnderEvidenceProgrammeNotShown"/>.</summary>
    public const string FindingBlockUnderEvidenceProgrammeNotShown = "LI-CER-240";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.SessionEvidenceAfterEnd"/>.</summary>
    public const string FindingSessionEvidenceAfterEnd = "LI-CER-241";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.RemoteSessionCovered"/>.</summary>
    public const string FindingRemoteSessionCovered = "LI-CER-242";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.RemoteSessionConditionsNotShown"/>.</summary>
    public const string FindingRemoteSessionConditionsNotShown = "LI-CER-243";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.RemoteSessionNotCovered"/>.</summary>
    public const string FindingRemoteSessionNotCovered = "LI-CER-244";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.RemoteSessionOutsideFrame"/>.</summary>
    public const string FindingRemoteSessionOutsideFrame = "LI-CER-245";

    /// <summary>A finding of the rules engine: <see cref="FindingKind.RecordInconsistent"/>.</summary>
    public const string FindingRecordInconsistent = "LI-CER-246";
}

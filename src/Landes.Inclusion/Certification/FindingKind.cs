using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;
using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>What a finding of the certification engine is about; each kind belongs to one rule (R1–R6, R13).</summary>
[JsonConverter(typeof(StableEnumJsonConverter<FindingKind>))]
public enum FindingKind
{
    /// <summary>R5: the title was delivered by the jury.</summary>
    TitleAwarded = 1,

    /// <summary>R1: every CCP of the title is held: the title is obtained by capitalisation.</summary>
    AllBlocksHeld,

    /// <summary>R1: some CCPs are held, others are missing.</summary>
    BlocksMissing,

    /// <summary>R1: the catalog lists only some of the title's CCPs: capitalisation cannot be established.</summary>
    BlockListIncomplete,

    /// <summary>R3: a CCP obtained during the title's validity is acquired.</summary>
    BlockAcquired,

    /// <summary>R4: a CCP obtained after the end, within the completion allowance, is acquired.</summary>
    BlockAcquiredInAllowance,

    /// <summary>R3: a result dated outside the title's validity is not counted.</summary>
    ResultOutsideValidity,

    /// <summary>R3: a CCP obtained before 14 July 2016 counts for five years (the rule of the time).</summary>
    BlockAcquiredFiveYears,

    /// <summary>R3: a CCP obtained before 14 July 2016 is no longer counted: its five years have passed.</summary>
    BlockExpiredFiveYears,

    /// <summary>R4: a CCP of an older version gives a CCP of this version through a published correspondence.</summary>
    BlockCarriedOver,

    /// <summary>R4: a published correspondence gives no counterpart to a CCP of an older version.</summary>
    BlockWithoutCounterpart,

    /// <summary>R4: a CCP of an older version cannot be carried over: the correspondence is not published.</summary>
    CorrespondenceNotPublished,

    /// <summary>R3: the title is in force; missing CCPs may be acquired until its last day.</summary>
    InForceUntil,

    /// <summary>R3: the title is in force with no known end.</summary>
    InForceOpenEnded,

    /// <summary>R3: the title is not yet in force.</summary>
    NotYetInForce,

    /// <summary>R4: the title has ended; the candidate may still complete it within the allowance.</summary>
    AllowanceOpen,

    /// <summary>R4: the title has ended and the record does not show the allowance's conditions.</summary>
    AllowanceNotEligible,

    /// <summary>R4: the title has ended and the allowance has run out.</summary>
    AllowanceExpired,

    /// <summary>R4: the title has ended and no completion allowance applies.</summary>
    EndedWithoutAllowance,

    /// <summary>R4: the title was revised or prorogued: its successor.</summary>
    Succeeded,

    /// <summary>R4: the correspondence with the successor is not published: what the held CCPs give in it is unknown.</summary>
    SuccessorCorrespondenceNotPublished,

    /// <summary>R2: the record does not show training started before a session (condition of access).</summary>
    TrainingNotShown,

    /// <summary>R5: a decision has no procès-verbal reference.</summary>
    NoProcesVerbal,

    /// <summary>R5: a CCP was not obtained at a session.</summary>
    BlockNotObtained,

    /// <summary>R6: after a failure, the candidate may sit again without new training until a date.</summary>
    ResitOpen,

    /// <summary>R6: the year to sit again without new training has passed.</summary>
    ResitClosed,

    /// <summary>R1: a CCS is held after the title.</summary>
    CcsHeld,

    /// <summary>R1: a CCS is dated before the title is held (a CCS is obtained only after the title).</summary>
    CcsBeforeTitle,

    /// <summary>R5: an entry dated after the evaluation date is ignored.</summary>
    FutureEntryIgnored,

    /// <summary>
    /// R5: a CCP obtained outside the title's validity and allowance but inside the catalog's evidence of sessions: the
    /// jury's decision counts; the finding names the uncertain fact and the evidence.
    /// </summary>
    BlockAcquiredUnderEvidence,

    /// <summary>
    /// R5: as <see cref="BlockAcquiredUnderEvidence"/>, but the evidence covers one programme's candidates and the record
    /// does not say the candidate's programme.
    /// </summary>
    BlockUnderEvidenceProgrammeNotShown,

    /// <summary>R4: after the end of the title, the catalog holds evidence of sessions held later (information).</summary>
    SessionEvidenceAfterEnd,

    /// <summary>R13: a remote session inside a catalog frame, with the remote method in the procès-verbal and the DGEFP told.</summary>
    RemoteSessionCovered,

    /// <summary>R13: a remote session inside a frame, but the record does not show both conditions (or the programme).</summary>
    RemoteSessionConditionsNotShown,

    /// <summary>R13: a remote session inside a frame without the remote method in the procès-verbal or without the DGEFP told.</summary>
    RemoteSessionNotCovered,

    /// <summary>R13: a remote session outside every frame (another CCP, another title, another programme or another date).</summary>
    RemoteSessionOutsideFrame,

    /// <summary>The record fails its validation (see <see cref="Finding.RecordProblem"/>): the outcome is undetermined.</summary>
    RecordInconsistent,
}

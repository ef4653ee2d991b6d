using System.Text.Json.Serialization;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Certification;

/// <summary>What became of a title version at the end of its validity (arrêté du 22 décembre 2015, art. 3; rule R4).</summary>
[JsonConverter(typeof(StableEnumJsonConverter<TitleEndStatus>))]
public enum TitleEndStatus
{
    /// <summary>Prorogé à l'identique: the same title continues (the prorogation is listed as a new validity window).</summary>
    Prorogued = 1,

    /// <summary>Révisé: a new arrêté replaces the title and fixes the correspondence between old and new CCPs.</summary>
    Revised = 2,

    /// <summary>Clôturé: holders of CCPs have one year from the end date to obtain the title, under conditions.</summary>
    Closed = 3,
}

/// <summary>How a block result was obtained (arrêté du 22 décembre 2015, art. 1; rule R1).</summary>
[JsonConverter(typeof(StableEnumJsonConverter<SessionKind>))]
public enum SessionKind
{
    /// <summary>A session for the whole title at once.</summary>
    SessionTitre = 1,

    /// <summary>A session for one CCP (capitalisation).</summary>
    SessionCcp = 2,

    /// <summary>Validation des acquis de l'expérience.</summary>
    Vae = 3,

    /// <summary>An equivalence listed in the title's arrêté.</summary>
    Equivalence = 4,
}

/// <summary>Whether the correspondence between two title versions' CCPs is known.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<CorrespondenceStatus>))]
public enum CorrespondenceStatus
{
    /// <summary>The new arrêté's correspondence table is published: its mappings are authoritative.</summary>
    Published = 1,

    /// <summary>No correspondence table was published or found: the engine cannot carry blocks over.</summary>
    NotPublished = 2,
}

/// <summary>The outcome of a certification evaluation.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<CertificationOutcome>))]
public enum CertificationOutcome
{
    /// <summary>No block of the title is held and the title can still be obtained.</summary>
    NotStarted = 1,

    /// <summary>Some blocks are held, others are missing, and the title can still be completed.</summary>
    Partial = 2,

    /// <summary>The title is held (awarded, session titre, or all its CCPs capitalised).</summary>
    Certified = 3,

    /// <summary>The title can no longer be completed: its validity and any completion allowance have ended.</summary>
    Lapsed = 4,

    /// <summary>The data cannot decide (for example a correspondence that is not published); the engine does not guess.</summary>
    Undetermined = 5,
}

/// <summary>What a finding says about its rule.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<FindingVerdict>))]
public enum FindingVerdict
{
    /// <summary>The rule is satisfied.</summary>
    Met = 1,

    /// <summary>The rule is not satisfied.</summary>
    NotMet = 2,

    /// <summary>The data cannot decide.</summary>
    Undetermined = 3,

    /// <summary>The finding informs (a date, a successor) without a verdict.</summary>
    Information = 4,
}

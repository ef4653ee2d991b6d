using System.Text.Json.Serialization;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Certification;

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

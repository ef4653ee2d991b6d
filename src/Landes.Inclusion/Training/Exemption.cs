using System.Text.Json.Serialization;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>An exemption from initial training (R8), with its ground and its evidence.</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class Exemption
{
    /// <summary>Gets what grounds the exemption.</summary>
    public required ExemptionReason Reason { get; init; }

    /// <summary>Gets the evidence (for example the reference of the livret de certification).</summary>
    public required string Evidence { get; init; }

    /// <summary>Gets the date the certification was obtained.</summary>
    public required LocalDate CertifiedOn { get; init; }

    /// <summary>Gets the date the exemption was decided; it decides the rule period.</summary>
    public required LocalDate DecidedOn { get; init; }
}

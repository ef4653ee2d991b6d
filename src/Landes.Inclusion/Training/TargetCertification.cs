using System.Text.Json.Serialization;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>A certification an initial training targets (R7, R10), such as CCP1 of the title or Pix.</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class TargetCertification
{
    /// <summary>Gets the identifier exam sittings use (for example <c>ccp1</c>, <c>pix</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the certification's label.</summary>
    public required string Label { get; init; }

    /// <summary>Gets a value indicating whether this exam is optional; by default it must be sat within the deadline (R10).</summary>
    public bool Optional { get; init; }

    /// <summary>
    /// Gets the blocks of the certification catalog this target is, each for the entries (start of training) of a span
    /// of dates; empty for a certification outside the catalog (Pix). A reference names the title version's catalog
    /// identifier (such as <c>remn-2019</c>), so that the programme and the catalog can be checked against each other.
    /// </summary>
    public IReadOnlyList<CertificationReference> Certifications { get => _certifications; init => _certifications = value ?? []; }

    // Absent from a JSON document, the source-generated reader passes null to the init accessor: read as empty.
    private readonly IReadOnlyList<CertificationReference> _certifications = [];

    /// <summary>Finds the catalog block this target is for training entered on a date.</summary>
    /// <param name="entered">The day training started (or the exemption was decided).</param>
    /// <returns>The reference whose span includes the date, or null.</returns>
    public CertificationReference? CertificationOn(LocalDate entered)
    {
        foreach (CertificationReference reference in Certifications)
        {
            if (reference.Covers(entered))
            {
                return reference;
            }
        }

        return null;
    }

    /// <summary>Gets a value indicating whether sitting this exam within the deadline is compulsory (R10).</summary>
    [JsonIgnore]
    public bool Compulsory => !Optional;
}

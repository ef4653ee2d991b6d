using Landes.Inclusion.Identifiers;
using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>A bloc de compétences sanctioned by a CCP (certificat de compétences professionnelles; R. 338-3).</summary>
public sealed class CertificationBlock
{
    /// <summary>Gets the CCP number within the title (1, 2, 3…).</summary>
    public required int Number { get; init; }

    /// <summary>Gets the RNCP block code, or null where none exists or is known.</summary>
    public RncpBlockCode? Code { get; init; }

    /// <summary>Gets the exact official label, or null where it was not found in the sources.</summary>
    public string? Label { get; init; }

    /// <summary>Gets the compétences professionnelles of the block (empty where the list was not found).</summary>
    public IReadOnlyList<string> Competences { get => _competences; init => _competences = value ?? []; }

    // Absent from a JSON document, the source-generated reader passes null to the init accessor: read as empty.
    private readonly IReadOnlyList<string> _competences = [];
}

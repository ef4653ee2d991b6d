using Landes.Inclusion.Identifiers;
using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>
/// The correspondence between the CCPs of a title version and those of the version that revises it (R4: the new arrêté
/// fixes it). <see cref="CorrespondenceStatus.NotPublished"/> says explicitly that no table is known.
/// </summary>
public sealed class Correspondence
{
    /// <summary>Gets the identifier of the older version.</summary>
    public required string From { get; init; }

    /// <summary>Gets the identifier of the newer version.</summary>
    public required string To { get; init; }

    /// <summary>Gets whether the table is published.</summary>
    public required CorrespondenceStatus Status { get; init; }

    /// <summary>Gets the block mappings (empty unless published); a block without a mapping has no counterpart.</summary>
    public IReadOnlyList<BlockMapping> Mappings { get => _mappings; init => _mappings = value ?? []; }

    // Absent from a JSON document, the source-generated reader passes null to the init accessor: read as empty.
    private readonly IReadOnlyList<BlockMapping> _mappings = [];

    /// <summary>Gets where the table (or its absence) was checked, or null.</summary>
    public string? Source { get; init; }
}

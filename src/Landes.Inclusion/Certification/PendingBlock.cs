using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>A block held under an older title version that cannot be placed in the evaluated version (unpublished correspondence).</summary>
public sealed class PendingBlock
{
    /// <summary>Gets the identifier of the older version.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the CCP number in the older version.</summary>
    public required int Block { get; init; }

    /// <summary>Gets the day it was obtained.</summary>
    public required LocalDate SessionDate { get; init; }
}

using Landes.Inclusion.Identifiers;
using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>One line of a correspondence table: an old CCP and the new CCP it gives.</summary>
public sealed class BlockMapping
{
    /// <summary>Gets the CCP number in the older version.</summary>
    public required int FromBlock { get; init; }

    /// <summary>Gets the CCP number in the newer version.</summary>
    public required int ToBlock { get; init; }
}

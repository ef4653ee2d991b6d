using Landes.Inclusion.Identifiers;
using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>A certificat complémentaire de spécialisation attached to a title (obtainable only after the title, R1).</summary>
public sealed class CcsDefinition
{
    /// <summary>Gets the identifier of the CCS in its title.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the official label.</summary>
    public required string Label { get; init; }
}

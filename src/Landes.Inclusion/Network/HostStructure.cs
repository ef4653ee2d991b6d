using Landes.Inclusion.Identifiers;

namespace Landes.Inclusion.Network;

/// <summary>A structure that employs conseillers numériques (a communauté de communes, the Département, an association…).</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class HostStructure
{
    /// <summary>Gets the structure's id within the network document.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the SIRET of the establishment that employs the advisors.</summary>
    public required Siret Siret { get; init; }

    /// <summary>Gets the structure's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets whether the employer is public or private.</summary>
    public required EmployerSector Sector { get; init; }

    /// <summary>Gets the commune of the establishment.</summary>
    public required InseeCode Commune { get; init; }
}

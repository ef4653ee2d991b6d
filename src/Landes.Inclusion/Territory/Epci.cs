using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using System.Text.Json.Serialization;

namespace Landes.Inclusion.Territory;

/// <summary>An EPCI à fiscalité propre with all its member communes, whatever their département.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Epci
{
    /// <summary>Gets the EPCI's SIREN.</summary>
    public required EpciId Id { get; init; }

    /// <summary>Gets the official name, such as <c>CC d'Aire-sur-l'Adour</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the legal form (read from the official name).</summary>
    public required EpciKind Kind { get; init; }

    /// <summary>Gets the départements its members belong to (more than one for an EPCI that straddles a border).</summary>
    public required IReadOnlyList<DepartementCode> Departements { get; init; }

    /// <summary>Gets every member commune, ordered by code.</summary>
    public required IReadOnlyList<Commune> Communes { get; init; }

    /// <summary>Gets the sum of the members' populations.</summary>
    public long Population => Communes.Sum(c => (long)(c.Population ?? 0));

    /// <summary>Returns <c>siren name</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} {Name}";
}

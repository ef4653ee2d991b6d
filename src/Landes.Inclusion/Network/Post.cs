using Landes.Inclusion.Certification;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Network;

/// <summary>A funded conseiller numérique post of a host structure.</summary>
public sealed class Post
{
    /// <summary>Gets the post's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the host structure the post belongs to.</summary>
    public required string StructureId { get; init; }

    /// <summary>Gets the day the post was opened (the funding convention's start).</summary>
    public required LocalDate OpenedOn { get; init; }

    /// <summary>Gets the day the post was closed, or null while open.</summary>
    public LocalDate? ClosedOn { get; init; }
}

using Landes.Inclusion.Certification;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Network;

/// <summary>An advisor's assignment to a place from a day, until a day or open-ended.</summary>
public sealed class PlaceAssignment
{
    /// <summary>Gets the place's id (see <see cref="Place.Id"/>).</summary>
    public required string PlaceId { get; init; }

    /// <summary>Gets the first day of the assignment.</summary>
    public required LocalDate From { get; init; }

    /// <summary>Gets the last day of the assignment, or null when open-ended.</summary>
    public LocalDate? Until { get; init; }

    /// <summary>Tells whether the assignment covers a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> lies between From and Until, both included.</returns>
    public bool Covers(LocalDate date) => date >= From && (Until is null || date <= Until.Value);
}

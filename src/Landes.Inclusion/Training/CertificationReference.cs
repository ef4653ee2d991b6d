using System.Text.Json.Serialization;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>
/// A block of a title version of the certification catalog (<c>Landes.Inclusion.Certification</c>), targeted by training
/// entered between two days (inclusive; open ends when null).
/// </summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class CertificationReference
{
    /// <summary>Gets the catalog identifier of the title version, such as <c>remn-2019</c>.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the CCP number.</summary>
    public required int Block { get; init; }

    /// <summary>Gets the first entry day this reference applies to, or null from the period's start.</summary>
    public LocalDate? From { get; init; }

    /// <summary>Gets the last entry day this reference applies to, or null until the period's end.</summary>
    public LocalDate? Until { get; init; }

    /// <summary>Tells whether the reference applies to training entered on a date.</summary>
    /// <param name="entered">The entry day.</param>
    /// <returns>True when the day is within the reference's span.</returns>
    public bool Covers(LocalDate entered) => (From is not { } from || entered >= from) && (Until is not { } until || entered <= until);

    /// <inheritdoc />
    public override string ToString() => $"{Title} CCP{Block.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}

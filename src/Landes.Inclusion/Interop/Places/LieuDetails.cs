using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Interop.FranceServices;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Territory;

namespace Landes.Inclusion.Interop.Places;

/// <summary>
/// What a <see cref="Place"/> does not hold and the « lieux de médiation numérique » standard requires: given by the
/// caller when a place is written as a lieu (<see cref="PlaceInterop.ToLieu"/>).
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class LieuDetails
{
    /// <summary>Gets the SIRET or RNA of the structure running the place (<c>pivot</c>).</summary>
    public required LieuPivot Pivot { get; init; }

    /// <summary>Gets the postal code (<c>code_postal</c>).</summary>
    public required PostalCode PostalCode { get; init; }

    /// <summary>Gets the street address (<c>adresse</c>).</summary>
    public required string Address { get; init; }

    /// <summary>Gets the commune name (<c>commune</c>).</summary>
    public required string CommuneName { get; init; }

    /// <summary>Gets the date the data was last updated (<c>date_maj</c>).</summary>
    public required NodaTime.LocalDate UpdatedOn { get; init; }

    /// <summary>Gets the structure that collected the data (<c>source</c>), or null.</summary>
    public string? Source { get; init; }
}

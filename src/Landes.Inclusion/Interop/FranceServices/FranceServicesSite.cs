using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Schedules;
using NodaTime;

namespace Landes.Inclusion.Interop.FranceServices;

/// <summary>
/// One row of the ANCT list of France Services sites (format of the list published on 2024-08-01), typed.
/// </summary>
/// <remarks>Immutable; thread-safe. Texts are trimmed; empty optional fields are null.</remarks>
public sealed class FranceServicesSite
{
    /// <summary>Gets the list's identifier of the site (<c>id_fs</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the département (<c>insee_dep</c>), or null when absent.</summary>
    public DepartementCode? Departement { get; init; }

    /// <summary>Gets the name of the site (<c>lib_fs</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the street address (<c>adresse</c>), or null.</summary>
    public string? Address { get; init; }

    /// <summary>Gets the address complement (<c>complement_adresse</c>), or null.</summary>
    public string? AddressComplement { get; init; }

    /// <summary>Gets the INSEE code of the commune (<c>insee_com</c>).</summary>
    public required InseeCode InseeCode { get; init; }

    /// <summary>Gets the postal code (<c>code_postal</c>).</summary>
    public required PostalCode PostalCode { get; init; }

    /// <summary>Gets the name of the commune (<c>lib_com</c>).</summary>
    public required string Commune { get; init; }

    /// <summary>Gets the WGS84 latitude (<c>latitude</c>), or null.</summary>
    public double? Latitude { get; init; }

    /// <summary>Gets the WGS84 longitude (<c>longitude</c>), or null.</summary>
    public double? Longitude { get; init; }

    /// <summary>Gets the e-mail address (<c>mail</c>), or null.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the telephone number as written in the list (<c>telephone</c>, national form), or null.</summary>
    public string? Telephone { get; init; }

    /// <summary>Gets the weekly hours (<c>h_lundi</c> … <c>h_samedi</c>; the list has no Sunday column, so Sunday is closed).</summary>
    public required WeeklySchedule Schedule { get; init; }

    /// <summary>Gets whether an appointment is required (<c>prise_rdv</c>: Oui/Non), or null when absent.</summary>
    public bool? AppointmentRequired { get; init; }

    /// <summary>Gets the free comment (<c>commentaire</c>), or null.</summary>
    public string? Comment { get; init; }

    /// <summary>Gets the site type (<c>type_fs</c>), or null.</summary>
    public FranceServicesSiteType? SiteType { get; init; }

    /// <summary>Gets the reception format (<c>format_fs</c>), or null.</summary>
    public FranceServicesFormat? Format { get; init; }

    /// <summary>Gets the group the site belongs to (<c>groupe_fs</c>), or null.</summary>
    public string? Group { get; init; }

    /// <summary>Gets the labelling text as written (<c>labellisation_fs</c>, e.g. « Espace labellisé 01/01/2020 »), or null.</summary>
    public string? Labelling { get; init; }

    /// <summary>Gets the labelling date read from <see cref="Labelling"/>, or null.</summary>
    public LocalDate? LabelledOn { get; init; }
}

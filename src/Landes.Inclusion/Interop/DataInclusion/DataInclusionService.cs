using NodaTime;

namespace Landes.Inclusion.Interop.DataInclusion;

/// <summary>
/// A service of the data·inclusion schema v1.0.8, as exported. Property names are written in snake_case; null values
/// and empty lists are left out of the JSON.
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class DataInclusionService
{
    /// <summary>Gets the producer's identifier (<c>source</c>, required).</summary>
    public required string Source { get; init; }

    /// <summary>Gets the service identifier (<c>id</c>, required).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the identifier of the structure offering the service (<c>structure_id</c>, required).</summary>
    public required string StructureId { get; init; }

    /// <summary>Gets the name (<c>nom</c>, required, 3 to 150 characters).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the description (<c>description</c>, required, 5 to 10,000 characters).</summary>
    public required string Description { get; init; }

    /// <summary>Gets the date of the last change (<c>date_maj</c>, required).</summary>
    public required LocalDate UpdatedOn { get; init; }

    /// <summary>Gets the service type (<c>type</c>: accompagnement, aide-materielle…), or null.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the themes (<c>thematiques</c>, values of the schema's list).</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Gets the cost (<c>frais</c>: gratuit or payant), or null.</summary>
    public string? Cost { get; init; }

    /// <summary>Gets details on the cost (<c>frais_precisions</c>), or null.</summary>
    public string? CostDetails { get; init; }

    /// <summary>Gets the publics (<c>publics</c>, values of the schema's list).</summary>
    public IReadOnlyList<string> Publics { get; init; } = [];

    /// <summary>Gets details on the publics (<c>publics_precisions</c>), or null.</summary>
    public string? PublicsDetails { get; init; }

    /// <summary>Gets the reception modes (<c>modes_accueil</c>: en-presentiel, a-distance).</summary>
    public IReadOnlyList<string> ReceptionModes { get; init; } = [];

    /// <summary>Gets how to mobilise the service (<c>modes_mobilisation</c>).</summary>
    public IReadOnlyList<string> MobilisationModes { get; init; } = [];

    /// <summary>Gets who can mobilise it (<c>mobilisable_par</c>: usagers, professionnels).</summary>
    public IReadOnlyList<string> MobilisableBy { get; init; } = [];

    /// <summary>Gets the mobilisation link (<c>lien_mobilisation</c>), or null.</summary>
    public string? MobilisationLink { get; init; }

    /// <summary>Gets details on mobilisation (<c>mobilisation_precisions</c>), or null.</summary>
    public string? MobilisationDetails { get; init; }

    /// <summary>Gets the street address (<c>adresse</c>), or null.</summary>
    public string? Address { get; init; }

    /// <summary>Gets the address complement (<c>complement_adresse</c>), or null.</summary>
    public string? AddressComplement { get; init; }

    /// <summary>Gets the INSEE commune code (<c>code_insee</c>), or null.</summary>
    public string? InseeCode { get; init; }

    /// <summary>Gets the postal code (<c>code_postal</c>), or null.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Gets the commune name (<c>commune</c>), or null.</summary>
    public string? Commune { get; init; }

    /// <summary>Gets the latitude (<c>latitude</c>), or null.</summary>
    public double? Latitude { get; init; }

    /// <summary>Gets the longitude (<c>longitude</c>), or null.</summary>
    public double? Longitude { get; init; }

    /// <summary>Gets the telephone number (<c>telephone</c>), or null.</summary>
    public string? Telephone { get; init; }

    /// <summary>Gets the e-mail address (<c>courriel</c>), or null.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the opening hours in OSM syntax (<c>horaires_accueil</c>), or null.</summary>
    public string? OpeningHours { get; init; }

    /// <summary>Gets the eligibility zone (<c>zone_eligibilite</c>: commune codes, département codes, EPCI SIREN or <c>france</c>).</summary>
    public IReadOnlyList<string> EligibilityZone { get; init; } = [];

    /// <summary>Gets the access conditions (<c>conditions_acces</c>), or null.</summary>
    public string? AccessConditions { get; init; }

    /// <summary>Gets the contact person (<c>contact_nom_prenom</c>), or null.</summary>
    public string? ContactName { get; init; }

    /// <summary>Gets the page of the service at the producer (<c>lien_source</c>), or null.</summary>
    public string? SourceLink { get; init; }
}

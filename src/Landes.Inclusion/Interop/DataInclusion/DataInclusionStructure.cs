using NodaTime;

namespace Landes.Inclusion.Interop.DataInclusion;

/// <summary>
/// A structure of the data·inclusion schema v1.0.8 (gip-inclusion/data-inclusion-schema, Licence Ouverte 2.0), as
/// exported. Property names are written in snake_case (<c>date_maj</c>, <c>code_insee</c>…); null values and empty
/// lists are left out of the JSON.
/// </summary>
/// <remarks>Immutable; thread-safe. Values are written as given: the exporter keeps them within the schema.</remarks>
public sealed class DataInclusionStructure
{
    /// <summary>Gets the producer's identifier (<c>source</c>, required).</summary>
    public required string Source { get; init; }

    /// <summary>Gets the structure identifier (<c>id</c>, required).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the name (<c>nom</c>, required, 3 to 150 characters).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the date of the last change at the producer (<c>date_maj</c>, required).</summary>
    public required LocalDate UpdatedOn { get; init; }

    /// <summary>Gets the SIRET (<c>siret</c>), or null.</summary>
    public string? Siret { get; init; }

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

    /// <summary>Gets the web site (<c>site_web</c>, an absolute URI), or null.</summary>
    public string? Website { get; init; }

    /// <summary>Gets the description (<c>description</c>, 5 to 10,000 characters), or null.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the opening hours in OSM syntax (<c>horaires_accueil</c>), or null.</summary>
    public string? OpeningHours { get; init; }

    /// <summary>Gets the acceslibre page (<c>accessibilite_lieu</c>), or null.</summary>
    public string? AccessibilityLink { get; init; }

    /// <summary>Gets the page of the structure at the producer (<c>lien_source</c>), or null.</summary>
    public string? SourceLink { get; init; }

    /// <summary>Gets the networks carrying the structure (<c>reseaux_porteurs</c>, values of the schema's list).</summary>
    public IReadOnlyList<string> Networks { get; init; } = [];
}

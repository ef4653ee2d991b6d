using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Schedules;
using NodaTime;

namespace Landes.Inclusion.Interop.LieuxMediation;

/// <summary>
/// A place of the « lieux de médiation numérique » standard v1.0.2 (LaMednum/standard-mediation-num, Licence
/// Ouverte): its 32 columns, typed. Required by the standard: <see cref="Id"/>, <see cref="Pivot"/>,
/// <see cref="Name"/>, <see cref="Commune"/>, <see cref="PostalCode"/>, <see cref="Address"/>, <see cref="UpdatedOn"/>.
/// </summary>
/// <remarks>
/// Texts are trimmed and empty optional values are null; multi-valued columns are lists (empty when absent), without
/// duplicates, in the order read. Immutable; thread-safe; equality is structural over every field.
/// </remarks>
public sealed class LieuMediationNumerique : IEquatable<LieuMediationNumerique>
{
    /// <summary>Gets the producer's unique local identifier (<c>id</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the SIRET, RNA or RIDET (<c>pivot</c>).</summary>
    public required LieuPivot Pivot { get; init; }

    /// <summary>Gets the name (<c>nom</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the commune name (<c>commune</c>).</summary>
    public required string Commune { get; init; }

    /// <summary>Gets the postal code (<c>code_postal</c>).</summary>
    public required PostalCode PostalCode { get; init; }

    /// <summary>Gets the INSEE code of the commune (<c>code_insee</c>), or null.</summary>
    public InseeCode? InseeCode { get; init; }

    /// <summary>Gets the street part of the address (<c>adresse</c>).</summary>
    public required string Address { get; init; }

    /// <summary>Gets the address complement (<c>complement_adresse</c>), or null.</summary>
    public string? AddressComplement { get; init; }

    /// <summary>Gets the WGS84 latitude (<c>latitude</c>), or null.</summary>
    public double? Latitude { get; init; }

    /// <summary>Gets the WGS84 longitude (<c>longitude</c>), or null.</summary>
    public double? Longitude { get; init; }

    /// <summary>Gets the data·inclusion structure typologies (<c>typologie</c>, codes such as <c>TIERS_LIEUX</c>, <c>ASSO</c>).</summary>
    public IReadOnlyList<string> Typologies { get; init; } = [];

    /// <summary>Gets the telephone number in international form (<c>telephone</c>, e.g. <c>+33180059880</c>), or null.</summary>
    public string? Telephone { get; init; }

    /// <summary>Gets the contact e-mail addresses (<c>courriels</c>).</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Gets the web sites and social-network pages (<c>site_web</c>).</summary>
    public IReadOnlyList<string> Websites { get; init; } = [];

    /// <summary>Gets the opening hours (<c>horaires</c>, OSM opening_hours), or null when not given.</summary>
    public WeeklySchedule? Schedule { get; init; }

    /// <summary>Gets the short presentation (<c>presentation_resume</c>, 280 characters at most), or null.</summary>
    public string? Summary { get; init; }

    /// <summary>Gets the detailed presentation (<c>presentation_detail</c>), or null.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the structure that collected the data (<c>source</c>), or null.</summary>
    public string? Source { get; init; }

    /// <summary>Gets whether the place is itinerant and/or fixed (<c>itinerance</c>).</summary>
    public IReadOnlyList<Mobility> Mobility { get; init; } = [];

    /// <summary>Gets the network or parent structure (<c>structure_parente</c>), or null.</summary>
    public string? ParentStructure { get; init; }

    /// <summary>Gets the date the data was last updated (<c>date_maj</c>).</summary>
    public required LocalDate UpdatedOn { get; init; }

    /// <summary>Gets the services offered (<c>services</c>).</summary>
    public IReadOnlyList<MediationService> Services { get; init; } = [];

    /// <summary>Gets the publics specifically addressed (<c>publics_specifiquement_adresses</c>).</summary>
    public IReadOnlyList<SpecificPublic> Publics { get; init; } = [];

    /// <summary>Gets the specific needs supported (<c>prise_en_charge_specifique</c>).</summary>
    public IReadOnlyList<SpecificSupport> SpecificSupports { get; init; } = [];

    /// <summary>Gets the financial conditions (<c>frais_a_charge</c>).</summary>
    public IReadOnlyList<AccessCost> Costs { get; init; } = [];

    /// <summary>Gets the national schemes and programmes (<c>dispositif_programmes_nationaux</c>).</summary>
    public IReadOnlyList<NationalProgramme> NationalProgrammes { get; init; } = [];

    /// <summary>Gets the trainings and labels (<c>formations_labels</c>).</summary>
    public IReadOnlyList<TrainingLabel> TrainingLabels { get; init; } = [];

    /// <summary>Gets other trainings and labels, free text (<c>autres_formations_labels</c>), or null.</summary>
    public string? OtherTrainingLabels { get; init; }

    /// <summary>Gets the access modes (<c>modalites_acces</c>).</summary>
    public IReadOnlyList<AccessMode> AccessModes { get; init; } = [];

    /// <summary>Gets the support modes (<c>modalites_accompagnement</c>).</summary>
    public IReadOnlyList<SupportMode> SupportModes { get; init; } = [];

    /// <summary>Gets the acceslibre page of the place (<c>fiche_acces_libre</c>), or null.</summary>
    public string? AccessibilitySheet { get; init; }

    /// <summary>Gets the online appointment link (<c>prise_rdv</c>), or null.</summary>
    public string? AppointmentLink { get; init; }

    /// <inheritdoc />
    public bool Equals(LieuMediationNumerique? other) =>
        other is not null
        && Id == other.Id && Pivot == other.Pivot && Name == other.Name && Commune == other.Commune
        && PostalCode == other.PostalCode && Nullable.Equals(InseeCode, other.InseeCode) && Address == other.Address
        && AddressComplement == other.AddressComplement && Nullable.Equals(Latitude, other.Latitude) && Nullable.Equals(Longitude, other.Longitude)
        && Typologies.SequenceEqual(other.Typologies) && Telephone == other.Telephone && Emails.SequenceEqual(other.Emails)
        && Websites.SequenceEqual(other.Websites) && Equals(Schedule, other.Schedule) && Summary == other.Summary
        && Description == other.Description && Source == other.Source && Mobility.SequenceEqual(other.Mobility)
        && ParentStructure == other.ParentStructure && UpdatedOn == other.UpdatedOn && Services.SequenceEqual(other.Services)
        && Publics.SequenceEqual(other.Publics) && SpecificSupports.SequenceEqual(other.SpecificSupports) && Costs.SequenceEqual(other.Costs)
        && NationalProgrammes.SequenceEqual(other.NationalProgrammes) && TrainingLabels.SequenceEqual(other.TrainingLabels)
        && OtherTrainingLabels == other.OtherTrainingLabels && AccessModes.SequenceEqual(other.AccessModes)
        && SupportModes.SequenceEqual(other.SupportModes) && AccessibilitySheet == other.AccessibilitySheet && AppointmentLink == other.AppointmentLink;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LieuMediationNumerique);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Pivot, Name, PostalCode, UpdatedOn);
}

using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using System.Text.Json.Serialization;

namespace Landes.Inclusion.Territory;

/// <summary>
/// The vintage of a geography: the year of the Code officiel géographique (COG) its commune codes belong to, and the
/// year of the INSEE population municipale it carries. A commune code is valid only for its COG year.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GeographyVintage : IEquatable<GeographyVintage>
{
    /// <summary>Gets the COG year (the commune codes in force on 1 January of that year).</summary>
    public required int CogYear { get; init; }

    /// <summary>Gets the year of the population municipale (INSEE populations de référence).</summary>
    public required int PopulationYear { get; init; }

    /// <inheritdoc />
    public bool Equals(GeographyVintage? other) =>
        other is not null && CogYear == other.CogYear && PopulationYear == other.PopulationYear;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GeographyVintage);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CogYear, PopulationYear);

    /// <summary>Returns the vintage as <c>COG 2026, population 2023</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"COG {CogYear}, population {PopulationYear}");
}

/// <summary>The legal form of an EPCI à fiscalité propre.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<EpciKind>))]
public enum EpciKind
{
    /// <summary>A métropole (JSON <c>metropole</c>); the Métropole de Lyon, a collectivity with special status, is listed here too.</summary>
    Metropole = 1,

    /// <summary>A communauté urbaine (JSON <c>communaute-urbaine</c>).</summary>
    CommunauteUrbaine = 2,

    /// <summary>A communauté d'agglomération (JSON <c>communaute-agglomeration</c>).</summary>
    CommunauteAgglomeration = 3,

    /// <summary>A communauté de communes (JSON <c>communaute-communes</c>).</summary>
    CommunauteCommunes = 4,
}

/// <summary>What a territory unit is: a commune, or an arrondissement municipal of Paris, Lyon or Marseille.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<TerritoryUnitKind>))]
public enum TerritoryUnitKind
{
    /// <summary>A current commune (JSON <c>commune</c>).</summary>
    Commune = 0,

    /// <summary>An arrondissement municipal of Paris, Lyon or Marseille, the unit of coverage inside those communes (JSON <c>arrondissement-municipal</c>).</summary>
    ArrondissementMunicipal = 1,
}

/// <summary>
/// A current commune of the embedded geography, or one of the 45 arrondissements municipaux of Paris, Lyon and
/// Marseille (<see cref="Kind"/>), which stand for their commune wherever the library works on a population.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Commune
{
    /// <summary>Gets the INSEE code, valid for the geography's COG year.</summary>
    public required InseeCode Code { get; init; }

    /// <summary>Gets what the unit is: a commune (the default) or an arrondissement municipal.</summary>
    public TerritoryUnitKind Kind { get; init; }

    /// <summary>Gets the commune of an arrondissement municipal (75056, 69123 or 13055); null for a commune.</summary>
    public InseeCode? ParentCommune { get; init; }

    /// <summary>Gets the postal codes where the source publishes them (the arrondissements municipaux); empty otherwise.</summary>
    public IReadOnlyList<PostalCode> PostalCodes { get; init => field = value ?? []; } = [];

    /// <summary>Gets the official name, such as <c>Mont-de-Marsan</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the département or overseas collectivity.</summary>
    public required DepartementCode Departement { get; init; }

    /// <summary>Gets the arrondissement code (such as <c>402</c>), or null where none is published.</summary>
    public string? Arrondissement { get; init; }

    /// <summary>Gets the population municipale of the geography's population year, or null where none is published (uninhabited districts).</summary>
    public int? Population { get; init; }

    /// <summary>Gets the EPCI the commune belongs to, or null (islands and collectivities outside any EPCI).</summary>
    public EpciId? Epci { get; init; }

    /// <summary>
    /// Gets the centroid of the commune's area, or null when the source has none (communes re-created after 2018 and
    /// most overseas collectivities): such communes are left out of every distance computation, never given a guess.
    /// </summary>
    public GeoPoint? Centroid { get; init; }

    /// <summary>Gets the surface in square kilometres, or null when unknown.</summary>
    public double? SurfaceKm2 { get; init; }

    /// <summary>Returns <c>code name</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {Name}";
}

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

/// <summary>The communes of one département (or overseas collectivity).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DepartementGeography
{
    internal DepartementGeography(DepartementCode code, Commune[] communes)
    {
        Code = code;
        Communes = communes;
        Population = communes.Sum(c => (long)(c.Population ?? 0));
        EpciIds = [.. communes.Where(c => c.Epci.HasValue).Select(c => c.Epci!.Value).Distinct().Order()];
        CommunesWithoutCoordinates = [.. communes.Where(c => c.Centroid is null)];
    }

    /// <summary>Gets the département code.</summary>
    public DepartementCode Code { get; }

    /// <summary>Gets its communes, ordered by code.</summary>
    public IReadOnlyList<Commune> Communes { get; }

    /// <summary>Gets the sum of its communes' populations.</summary>
    public long Population { get; }

    /// <summary>Gets the EPCI with at least one member in the département, ordered by SIREN.</summary>
    public IReadOnlyList<EpciId> EpciIds { get; }

    /// <summary>Gets the communes that have no centroid in the source data.</summary>
    public IReadOnlyList<Commune> CommunesWithoutCoordinates { get; }
}

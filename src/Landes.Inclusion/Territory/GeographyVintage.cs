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

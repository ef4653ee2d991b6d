namespace Landes.Inclusion.Territory;

/// <summary>A COG vintage of the embedded history and where it comes from.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CogSource
{
    /// <summary>Gets the COG year (codes in force on 1 January of that year).</summary>
    public required int CogYear { get; init; }

    /// <summary>Gets the source of the vintage, such as <c>@etalab/decoupage-administratif 6.0.0</c> (data Licence Ouverte 2.0, package MIT).</summary>
    public required string Source { get; init; }

    /// <summary>Returns <c>COG 2026 (@etalab/decoupage-administratif 6.0.0)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"COG {CogYear} ({Source})");
}

using Landes.Inclusion.Json;

namespace Landes.Inclusion.Territory;

/// <summary>The JSON document formats of the territory module.</summary>
/// <remarks>Thread-safe. The places format validates what it reads against the embedded geography.</remarks>
public static class TerritoryJson
{
    private static readonly Lazy<JsonDocumentFormat<PlacesDocument>> PlacesFormat = new(() =>
        new("places", PlacesDocument.CurrentSchemaVersion, TerritoryJsonContext.Default.PlacesDocument, new PlacesDocumentValidator()) { NullTolerantRoots = [] });

    /// <summary>Gets the format of a list of places (schema <c>docs/schemas/places.schema.json</c>), validated with <see cref="PlacesDocumentValidator"/>.</summary>
    public static JsonDocumentFormat<PlacesDocument> Places => PlacesFormat.Value;

    /// <summary>Gets the format of a coverage result (schema <c>docs/schemas/coverage-result.schema.json</c>), ranges checked with <see cref="CoverageResultValidator"/>.</summary>
    public static JsonDocumentFormat<CoverageResult> CoverageResult { get; } =
        new("coverage-result", Territory.CoverageResult.CurrentSchemaVersion, TerritoryJsonContext.Default.CoverageResult, new CoverageResultValidator()) { NullTolerantRoots = [] };
}

using System.Text.Json.Serialization;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Schedules;

namespace Landes.Inclusion.Territory;

/// <summary>A list of places as a JSON document. Schema: <c>docs/schemas/places.schema.json</c>.</summary>
public sealed class PlacesDocument
{
    /// <summary>The schema version this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Gets the schema version of the document.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the places.</summary>
    public required IReadOnlyList<Place> Places { get; init; }
}

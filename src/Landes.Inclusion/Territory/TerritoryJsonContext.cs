using System.Text.Json;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Territory;

/// <summary>
/// The source-generated metadata of the territory documents: places and coverage results.
/// Internal: the public face is each document's <see cref="JsonDocumentFormat{T}"/>.
/// </summary>
/// <remarks>Every module declares its own documents with the same options (the library's JSON conventions, in
/// docs/architecture.md), so that the JSON infrastructure knows no domain module.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    MaxDepth = InputLimits.MaxJsonDepth,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(LocalDateJsonConverter), typeof(LocalTimeJsonConverter), typeof(FiniteDoubleJsonConverter)])]
[JsonSerializable(typeof(PlacesDocument))]
[JsonSerializable(typeof(CoverageResult))]
internal sealed partial class TerritoryJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Network;

/// <summary>
/// The source-generated metadata of the network documents: the network and its report.
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
    Converters = [typeof(LocalDateJsonConverter), typeof(LocalTimeJsonConverter), typeof(FiniteDoubleJsonConverter),
        typeof(StableEnumJsonConverter<ProblemSeverity>), typeof(StableEnumJsonConverter<MessageLanguage>)])]
[JsonSerializable(typeof(NetworkDocument))]
[JsonSerializable(typeof(NetworkReport))]
internal sealed partial class NetworkJsonContext : JsonSerializerContext;

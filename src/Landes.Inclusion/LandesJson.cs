using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;
using Landes.Inclusion.Network;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;

namespace Landes.Inclusion;

/// <summary>
/// The library's JSON conventions and the entry point to its document formats. Every document is camelCase, carries a
/// <c>schemaVersion</c>, writes dates as ISO-8601 strings and enumerations as stable lower-case strings, refuses
/// unknown properties and nests at most <see cref="MaxDepth"/> levels.
/// </summary>
/// <remarks>
/// Each module declares its documents in its own source-generated serializer context, kept internal so that the public
/// API is only this facade and the formats' <see cref="JsonDocumentFormat{T}"/> instances; this facade, in the root
/// namespace, is where they are combined. All members are thread-safe.
/// </remarks>
public static class LandesJson
{
    /// <summary>Gets the deepest nesting a document may have.</summary>
    public const int MaxDepth = InputLimits.MaxJsonDepth;

    /// <summary>
    /// Gets a resolver of the source-generated metadata of every library type, with the library's conventions. Combine
    /// it with your own context (<see cref="JsonTypeInfoResolver.Combine(IJsonTypeInfoResolver?[])"/>) to embed library
    /// types in your own documents without reflection.
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver { get; } = JsonTypeInfoResolver.Combine(
        ValidationReportJsonContext.Default, TerritoryJsonContext.Default, CertificationJsonContext.Default,
        TrainingJsonContext.Default, NetworkJsonContext.Default);

    /// <summary>Creates serializer options with the library's conventions (a new, unfrozen instance on each call).</summary>
    /// <returns>Options you may adjust before their first use.</returns>
    // The network context's options: its documents hold types of every module, so it declares every converter (the
    // diagnostics' enumerations included, which carry no converter attribute to keep Diagnostics a leaf).
    public static JsonSerializerOptions CreateOptions() => new(NetworkJsonContext.Default.Options) { TypeInfoResolver = TypeInfoResolver };

    /// <summary>Gets the format of validation reports (the JSON output of <c>landes-inclusion validate</c>).</summary>
    public static JsonDocumentFormat<ValidationReportDocument> ValidationReport => ValidationReportDocument.Format;
}

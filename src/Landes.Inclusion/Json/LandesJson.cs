using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Json;

/// <summary>
/// The library's JSON conventions and the entry point to its document formats. Every document is camelCase, carries a
/// <c>schemaVersion</c>, writes dates as ISO-8601 strings and enumerations as stable lower-case strings, refuses
/// unknown properties and nests at most <see cref="MaxDepth"/> levels.
/// </summary>
/// <remarks>
/// The source-generated serializer context stays internal so that the public API is only this facade and the
/// formats' <see cref="JsonDocumentFormat{T}"/> instances. All members are thread-safe.
/// </remarks>
public static class LandesJson
{
    /// <summary>Gets the deepest nesting a document may have.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Gets a resolver of the source-generated metadata of every library type, with the library's conventions. Combine
    /// it with your own context (<see cref="JsonTypeInfoResolver.Combine(IJsonTypeInfoResolver?[])"/>) to embed library
    /// types in your own documents without reflection.
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => LandesJsonContext.Default;

    /// <summary>Creates serializer options with the library's conventions (a new, unfrozen instance on each call).</summary>
    /// <returns>Options you may adjust before their first use.</returns>
    public static JsonSerializerOptions CreateOptions() => new(LandesJsonContext.Default.Options);

    /// <summary>Gets the format of validation reports (the JSON output of <c>landes-inclusion validate</c>).</summary>
    public static JsonDocumentFormat<ValidationReportDocument> ValidationReport { get; } =
        new("validation-report", ValidationReportDocument.CurrentSchemaVersion, LandesJsonContext.Default.ValidationReportDocument,
            new Validation.DocumentConstraintValidator<ValidationReportDocument>(
                LandesJsonContext.Default.ValidationReportDocument, ProblemCodes.Json.ReportConstraint, "validation-report",
                "problems[].code pattern ^LI-[A-Z]{2,4}-[0-9]{3}$"));
}

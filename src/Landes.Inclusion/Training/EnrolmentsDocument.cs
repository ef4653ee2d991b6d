using System.Text.Json.Serialization;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>A set of enrolments as a JSON document (<c>docs/schemas/training-enrolments.schema.json</c>).</summary>
public sealed class EnrolmentsDocument
{
    /// <summary>The schema version this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Gets the schema version of the document.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the enrolments.</summary>
    public required IReadOnlyList<Enrolment> Enrolments { get; init; }
}

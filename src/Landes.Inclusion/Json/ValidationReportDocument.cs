using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Json;

/// <summary>
/// A validation report as a JSON document: what <c>landes-inclusion validate --format json</c> prints, and what a
/// host application can store or send. Schema: <c>docs/schemas/validation-report.schema.json</c>.
/// </summary>
public sealed class ValidationReportDocument
{
    /// <summary>The schema version this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Gets the schema version of the document.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets what was validated (a file name, a document name), or null.</summary>
    public string? Source { get; init; }

    /// <summary>Gets a value indicating whether no problem is an error.</summary>
    public required bool Valid { get; init; }

    /// <summary>Gets the problems, in the order found.</summary>
    public required IReadOnlyList<ProblemEntry> Problems { get; init; }

    // The format, with the constraint of its published schema that the type cannot express; LandesJson exposes it.
    internal static JsonDocumentFormat<ValidationReportDocument> Format { get; } =
        new("validation-report", CurrentSchemaVersion, ValidationReportJsonContext.Default.ValidationReportDocument,
            new Validation.DocumentConstraintValidator<ValidationReportDocument>(
                ValidationReportJsonContext.Default.ValidationReportDocument, JsonProblemDefinitions.ReportConstraint, "validation-report",
                "problems[].code pattern ^LI-[A-Z]{2,4}-[0-9]{3}$"));

    /// <summary>Builds the document of a report, with messages in the given language.</summary>
    /// <param name="report">The report.</param>
    /// <param name="language">The language of the messages.</param>
    /// <param name="source">What was validated, or null.</param>
    /// <returns>The document.</returns>
    public static ValidationReportDocument From(ValidationReport report, MessageLanguage language = MessageLanguage.French, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ValidationReportDocument
        {
            Source = source,
            Valid = report.IsValid,
            Problems = [.. report.Problems.Select(p => new ProblemEntry
            {
                Code = p.Code,
                Path = p.Path,
                Severity = p.Severity,
                Message = p.GetMessage(language),
            })],
        };
    }

    /// <summary>One problem of a <see cref="ValidationReportDocument"/>.</summary>
    public sealed class ProblemEntry
    {
        /// <summary>Gets the stable code.</summary>
        public required string Code { get; init; }

        /// <summary>Gets where the offending value is.</summary>
        public required string Path { get; init; }

        /// <summary>Gets how serious the problem is.</summary>
        public required ProblemSeverity Severity { get; init; }

        /// <summary>Gets the message.</summary>
        public required string Message { get; init; }
    }
}

using Landes.Inclusion.Json;

namespace Landes.Inclusion.Certification;

/// <summary>
/// The JSON formats of the certification module: catalogs, candidate records and evaluations (schemas in
/// <c>docs/schemas/</c>). Reading reports every problem and runs the module's validators.
/// </summary>
/// <remarks>All members are thread-safe.</remarks>
public static class CertificationJson
{
    /// <summary>Gets the format of catalogs (<c>certification-catalog.schema.json</c>), validated by <see cref="CertificationCatalogValidator"/>.</summary>
    public static JsonDocumentFormat<CertificationCatalog> Catalog { get; } =
        new("certification-catalog", CertificationCatalog.CurrentSchemaVersion, CertificationJsonContext.Default.CertificationCatalog, new CertificationCatalogValidator());

    /// <summary>
    /// Gets the format of candidate records (<c>candidate-record.schema.json</c>), validated against the default catalog;
    /// use <see cref="CreateRecordFormat"/> for records that refer to another catalog.
    /// </summary>
    public static JsonDocumentFormat<CandidateRecord> Record => DefaultRecord.Value;

    /// <summary>Gets the format of evaluations (<c>certification-evaluation.schema.json</c>).</summary>
    public static JsonDocumentFormat<CertificationEvaluationDocument> Evaluation { get; } =
        new("certification-evaluation", CertificationEvaluationDocument.CurrentSchemaVersion, CertificationJsonContext.Default.CertificationEvaluationDocument,
            new Validation.DocumentConstraintValidator<CertificationEvaluationDocument>(
                CertificationJsonContext.Default.CertificationEvaluationDocument, CertificationProblemDefinitions.EvaluationConstraint, "certification-evaluation",
                "title minLength 1",
                "heldBlocks[] minimum 1",
                "heldBlocks[] maximum 99",
                "missingBlocks[] minimum 1",
                "missingBlocks[] maximum 99",
                "pendingBlocks[].title minLength 1",
                "pendingBlocks[].block minimum 1",
                "pendingBlocks[].block maximum 99",
                "findings[].ruleId pattern ^R([1-6]|13)$",
                "findings[].legalReference minLength 1",
                "findings[].message minLength 1"));

    private static Lazy<JsonDocumentFormat<CandidateRecord>> DefaultRecord { get; } = new(() => CreateRecordFormat(CertificationCatalog.Default));

    /// <summary>Creates a format of candidate records validated against a catalog.</summary>
    /// <param name="catalog">The catalog the records refer to.</param>
    /// <returns>The format; create it once and reuse it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static JsonDocumentFormat<CandidateRecord> CreateRecordFormat(CertificationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new("candidate-record", CandidateRecord.CurrentSchemaVersion, CertificationJsonContext.Default.CandidateRecord, new CandidateRecordValidator(catalog));
    }
}

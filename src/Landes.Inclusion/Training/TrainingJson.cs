using Landes.Inclusion.Json;

namespace Landes.Inclusion.Training;

/// <summary>The JSON document formats of the training module.</summary>
/// <remarks>All members are thread-safe.</remarks>
public static class TrainingJson
{
    /// <summary>
    /// Gets the format of a training programme (<c>docs/schemas/training-programme.schema.json</c>), validated with
    /// <see cref="TrainingProgrammeValidator"/>.
    /// </summary>
    public static JsonDocumentFormat<TrainingProgramme> Programme { get; } =
        new("training-programme", TrainingProgramme.CurrentSchemaVersion, TrainingJsonContext.Default.TrainingProgramme, new TrainingProgrammeValidator()) { NullTolerantRoots = [] };

    /// <summary>
    /// Gets the format of a set of enrolments (<c>docs/schemas/training-enrolments.schema.json</c>), validated with
    /// <see cref="EnrolmentValidator"/> against <see cref="TrainingProgrammeCatalog.Default"/>.
    /// </summary>
    public static JsonDocumentFormat<EnrolmentsDocument> Enrolments { get; } = EnrolmentsFormat(catalog: null);

    /// <summary>Creates the enrolments format validated against another catalog of programmes.</summary>
    /// <param name="catalog">The catalog enrolments refer to, or null for <see cref="TrainingProgrammeCatalog.Default"/>.</param>
    /// <returns>The format.</returns>
    public static JsonDocumentFormat<EnrolmentsDocument> EnrolmentsFormat(TrainingProgrammeCatalog? catalog) =>
        new("training-enrolments", EnrolmentsDocument.CurrentSchemaVersion, TrainingJsonContext.Default.EnrolmentsDocument, new EnrolmentsDocumentValidator(new EnrolmentValidator(catalog)))
        {
            NullTolerantRoots = [],
            ReadConverters = [new TrainingSessionReader()],
        };
}

using Landes.Inclusion.Json;

namespace Landes.Inclusion.Network;

/// <summary>The JSON document formats of the network module.</summary>
/// <remarks>Thread-safe.</remarks>
public static class NetworkJson
{
    /// <summary>
    /// The hand-written readers of the network document's most numerous objects, used on its fast path in place of the
    /// metadata (see <see cref="Training.TrainingSessionReader"/>).
    /// </summary>
    internal static IReadOnlyList<System.Text.Json.Serialization.JsonConverter> FastReaders { get; } =
        [new Training.TrainingSessionReader(), new EmploymentContractReader(), new PlaceAssignmentReader()];

    private static readonly Lazy<JsonDocumentFormat<NetworkDocument>> NetworkFormat = new(() =>
        new("network", NetworkDocument.CurrentSchemaVersion, NetworkJsonContext.Default.NetworkDocument, new NetworkValidator())
        {
            NullTolerantRoots = [typeof(Certification.CandidateRecord)], // Its schema, candidate-record.schema.json, allows null.
            ReadConverters = FastReaders,
        });

    /// <summary>
    /// Gets the format of a whole network (schema <c>docs/schemas/network.schema.json</c>), validated with
    /// <see cref="NetworkValidator"/> (places, enrolments and certification records included).
    /// </summary>
    public static JsonDocumentFormat<NetworkDocument> Network => NetworkFormat.Value;

    /// <summary>Gets the format of a network report (schema <c>docs/schemas/network-report.schema.json</c>).</summary>
    public static JsonDocumentFormat<NetworkReport> Report { get; } =
        new("network-report", NetworkReport.CurrentSchemaVersion, NetworkJsonContext.Default.NetworkReport,
            new Validation.DocumentConstraintValidator<NetworkReport>(NetworkJsonContext.Default.NetworkReport, NetworkProblemDefinitions.ReportConstraint, "network-report",
                "departement pattern ^(0[1-9]|[1-8][0-9]|9[0-5]|2[AB]|97[1-6])$",
                "headcount.advisorsInPost minimum 0",
                "headcount.advisorsNotInPost minimum 0",
                "headcount.structuresWithAdvisors minimum 0",
                "headcount.openPosts minimum 0",
                "headcount.vacantPosts minimum 0",
                "headcount.places minimum 0",
                "blocks[].title minLength 1",
                "blocks[].block minimum 1",
                "blocks[].block maximum 99",
                "blocks[].holders minimum 0",
                "blocks[].advisorsInPost minimum 0",
                "titles[].title minLength 1",
                "titles[].certified minimum 0",
                "titles[].partial minimum 0",
                "titles[].lapsed minimum 0",
                "titles[].undetermined minimum 0",
                "titles[].notStarted minimum 0",
                "inTraining[].advisorId minLength 1",
                "inTraining[].hoursDone minimum 0",
                "inTraining[].hoursRequired minimum 0",
                "hoursByPath[].hoursRequired minimum 0",
                "hoursByPath[].advisors minimum 1",
                "hoursByPath[].minHours minimum 0",
                "hoursByPath[].medianHours minimum 0",
                "hoursByPath[].maxHours minimum 0",
                "alerts[].ruleId minLength 1",
                "alerts[].code minLength 1",
                "alerts[].message minLength 1",
                "coverage.population minimum 0",
                "coverage.communes minimum 0",
                "coverage.places minimum 0",
                "coverage.thresholds[].thresholdKm exclusiveMinimum 0",
                "coverage.thresholds[].communes minimum 0",
                "coverage.thresholds[].population minimum 0",
                "coverage.thresholds[].share minimum 0",
                "coverage.thresholds[].share maximum 1",
                "coverage.largestGaps[].population minimum 0",
                "coverage.largestGaps[].distanceKm minimum 0",
                "coverage.largestGaps[].excessKm minimum 0",
                "coverage.largestGaps[].score minimum 0",
                "findings[].ruleId minLength 1",
                "findings[].errors minimum 0",
                "findings[].warnings minimum 0",
                "findings[].information minimum 0",
                "findings[].items[].ruleId minLength 1",
                "findings[].items[].code minLength 1",
                "findings[].items[].message minLength 1"))
        {
            NullTolerantRoots = [],
        };
}

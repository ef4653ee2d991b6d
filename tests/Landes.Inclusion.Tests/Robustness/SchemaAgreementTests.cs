using System.Text.Json;
using Json.Schema;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Fuzzing;
using Landes.Inclusion.Json;
using Landes.Inclusion.Network;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Tests.Infrastructure;
using Landes.Inclusion.Training;

namespace Landes.Inclusion.Tests.Robustness;

/// <summary>
/// The silent accepts of the fuzzing campaigns (issue 10): documents the readers accepted while their published JSON
/// Schema rejected them, each with its minimized input. Every case shows both sides: the schema rejects the input, and
/// the reader now refuses it with a stable code at the path (or, where the reader was right, the schema now accepts it).
/// </summary>
public sealed class SchemaAgreementTests
{
    private const string Coverage = """
        {"schemaVersion":"1.0","vintage":{"cogYear":2,"populationYear":3},"territoryKind":"departement","territoryCode":"","thresholdsKm":[2],"coverageRadiusKm":1,"population":0,"populationWithoutCoordinates":0,"communes":[{"code":"40056","name":"Bas",MEMBER,"hasCoordinates":true}],"thresholds":[],"epcis":[],"gaps":[],"approximatePlaceIds":[],"unlocatedPlaceIds":[]}
        """;

    public static TheoryData<string, string, string, string> Refused() => new()
    {
        // Null for an optional member, in kinds whose schema has no null anywhere: LI-JSON-020 (was read as « absent »).
        {
            "enrolments",
            """{"schemaVersion":"1.0","enrolments":[{"id":"1","personId":"7","programmeId":"cnfs","inPostSince":"2024-02-01","positioning":null,"pathId":"70h","start":"2024-03-04","end":"2024-03-15"}]}""",
            JsonProblemCodes.NullForOptional, "enrolments[0].positioning"
        },
        { "coverage-result", Coverage.Replace("MEMBER", "\"population\":null", StringComparison.Ordinal), JsonProblemCodes.NullForOptional, "communes[0].population" },
        { "coverage-result", Coverage.Replace("MEMBER", "\"nearestPlaceId\":null", StringComparison.Ordinal), JsonProblemCodes.NullForOptional, "communes[0].nearestPlaceId" },
        {
            "places",
            """{"schemaVersion":"1.0","places":[{"id":"dax","name":"Dax","commune":"40088","kind":"france-services","latitude":null}]}""",
            JsonProblemCodes.NullForOptional, "places[0].latitude"
        },
        {
            "network",
            NetworkWith("""{"id":"a1","name":{"given":"É","family":"L"},"recruitedOn":"2021-05-04","contracts":[{"kind":"cdi","structureId":"s1","start":"2021-05-04"}],"training":null}"""),
            JsonProblemCodes.NullForOptional, "advisors[0].training"
        },

        // An identifier with spaces around it (the identifiers' Parse forgives them, a document may not): LI-JSON-021.
        { "coverage-result", Coverage.Replace("MEMBER", "\"epci\":\"244000659\\u2028\"", StringComparison.Ordinal), JsonProblemCodes.PaddedIdentifier, "communes[0].epci" },
        {
            "places",
            """{"schemaVersion":"1.0","places":[{"id":"dax","name":"Dax","commune":" 40088","kind":"france-services"}]}""",
            JsonProblemCodes.PaddedIdentifier, "places[0].commune"
        },

        // An opening period with spaces (OpeningPeriod.Parse forgives them, the schema's HH:mm-HH:mm does not): LI-SCH-001.
        {
            "places",
            """{"schemaVersion":"1.0","places":[{"id":"dax","name":"Dax","commune":"40088","kind":"france-services","openingHours":{"thursday":[" 08:30-10:00"]}}]}""",
            "LI-SCH-001", "places[0].openingHours.thursday[0]"
        },

        // A certification record inside a network in a version this library does not read (was accepted, written back as is).
        {
            "network",
            NetworkWith("""{"id":"a1","name":{"given":"É","family":"L"},"recruitedOn":"2021-05-04","contracts":[{"kind":"cdi","structureId":"s1","start":"2021-05-04"}],"certification":{"schemaVersion":"2.0"}}"""),
            JsonProblemCodes.UnsupportedSchemaVersion, "advisors[0].certification.schemaVersion"
        },
    };

    public static TheoryData<string, string> AcceptedByBoth() => new()
    {
        // The network's own version governs a record inside it: the record may leave its schemaVersion out (schema corrected).
        { "network", NetworkWith("""{"id":"a1","name":{"given":"É","family":"L"},"recruitedOn":"2021-05-04","contracts":[{"kind":"cdi","structureId":"s1","start":"2021-05-04"}],"certification":{}}""") },

        // candidate-record.schema.json allows null for a record's optional members, inside a network too.
        { "network", NetworkWith("""{"id":"a1","name":{"given":"É","family":"L"},"recruitedOn":"2021-05-04","contracts":[{"kind":"cdi","structureId":"s1","start":"2021-05-04"}],"certification":{"schemaVersion":"1.0","candidateId":null}}""") },
        { "record", """{"schemaVersion":"1.0","candidateId":null,"trainingStart":null}""" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void SchemaRejects_ReaderRefusesWithItsCodeAtThePath(string kind, string json, string code, string path)
    {
        Assert.False(Schema(kind).Evaluate(JsonDocument.Parse(json).RootElement).IsValid, "the schema accepts " + json);

        ValidationReport report = Read(kind, json);

        Assert.False(report.IsValid);
        Assert.Contains(report.Problems, p => p.Code == code && p.Path == path);
    }

    [Theory]
    [MemberData(nameof(AcceptedByBoth))]
    public void SchemaAccepts_ReaderAccepts(string kind, string json)
    {
        EvaluationResults results = Schema(kind).Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, Network.NetworkSchemas.Describe(results));

        ValidationReport report = Read(kind, json);

        Assert.True(report.IsValid, string.Join("\n", report.Problems));
    }

    [Fact]
    public void MissingTopLevelSchemaVersion_IsRefused()
    {
        ValidationReport report = TerritoryJson.Places.Read("""{"places":[]}""").Report;

        Assert.Equal(JsonProblemCodes.MissingSchemaVersion, Assert.Single(report.Problems).Code);
    }

    internal static JsonSchema Schema(string kind)
    {
        string folder = RepositoryFiles.PathOf("docs/schemas");
        foreach (string referred in new[] { "candidate-record", "places", "training-enrolments" })
        {
            _ = FuzzTargets.LoadSchema(folder, referred); // The network schema refers to them by $id.
        }

        return FuzzTargets.LoadSchema(folder, SchemaName(kind));
    }

    internal static string SchemaName(string kind) => kind switch
    {
        "enrolments" => "training-enrolments",
        "programme" => "training-programme",
        "record" => "candidate-record",
        "catalog" => "certification-catalog",
        "evaluation" => "certification-evaluation",
        _ => kind,
    };

    private static string NetworkWith(string advisor) =>
        """{"schemaVersion":"1.0","departement":"40","name":"N","structures":[{"id":"s1","siret":"20003043500123","name":"R","sector":"public","commune":"40001"}],"posts":[],"advisors":[ADVISOR],"places":[]}"""
            .Replace("ADVISOR", advisor, StringComparison.Ordinal);

    private static ValidationReport Read(string kind, string json) => kind switch
    {
        "enrolments" => TrainingJson.Enrolments.Read(json).Report,
        "coverage-result" => TerritoryJson.CoverageResult.Read(json).Report,
        "places" => TerritoryJson.Places.Read(json).Report,
        "network" => NetworkJson.Network.Read(json).Report,
        "record" => Landes.Inclusion.Certification.CertificationJson.Record.Read(json).Report,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

using System.Text.Json;
using Json.Schema;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Json;

public sealed class ValidationReportDocumentTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(RepositoryFiles.ReadAllText("docs/schemas/validation-report.schema.json"));

    [Fact]
    public void Written_ValidatesAgainstTheSchema_AndRoundTrips()
    {
        Assert.False(Siret.TryParse("20003043500124".AsSpan(), out _, out Problem? problem));
        var report = new ValidationReport([problem.Under("structures[0].siret")]);
        ValidationReportDocument document = ValidationReportDocument.From(report, MessageLanguage.English, "network.json");

        string json = LandesJson.ValidationReport.WriteToString(document);

        EvaluationResults results = Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, json);
        Assert.Contains("\"severity\": \"error\"", json, StringComparison.Ordinal);
        Assert.Contains("\"path\": \"structures[0].siret\"", json, StringComparison.Ordinal);
        ValidationReportDocument back = LandesJson.ValidationReport.Read(json).GetValueOrThrow();
        Assert.Equal(json, LandesJson.ValidationReport.WriteToString(back));
    }

    [Fact]
    public void NullSource_IsReadAsNoSource_AndTheSchemaAgrees()
    {
        // A silent accept of the issue-10 campaign: the reader took "source": null as « no source », the schema refused it.
        const string json = """{"schemaVersion":"1.0","source":null,"valid":true,"problems":[]}""";

        ValidationReportDocument document = LandesJson.ValidationReport.Read(json).GetValueOrThrow();

        Assert.Null(document.Source);
        Assert.True(Schema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
        Assert.DoesNotContain("source", LandesJson.ValidationReport.WriteToString(document), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","valid":true}""")]
    [InlineData("""{"schemaVersion":"1.0","valid":true,"problems":[{"code":"LI-ID-001","path":"","severity":"fatal","message":"m"}]}""")]
    [InlineData("""{"schemaVersion":"1.0","valid":"yes","problems":[]}""")]
    [InlineData("""{"schemaVersion":"1.0","valid":true,"problems":[],"extra":1}""")]
    public void InvalidDocuments_AreRejectedByBothTheReaderAndTheSchema(string json)
    {
        Assert.False(LandesJson.ValidationReport.Read(json).Succeeded);
        Assert.False(Schema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
    }
}

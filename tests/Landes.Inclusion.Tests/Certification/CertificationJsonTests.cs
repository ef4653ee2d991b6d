using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Json.Schema;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;
using Landes.Inclusion.Testing.Certification;
using Landes.Inclusion.Tests.Infrastructure;
using NodaTime;

namespace Landes.Inclusion.Tests.Certification;

public sealed class CertificationJsonTests
{
    // Dates are checked by their "format": "date" too (a format is only an annotation unless asserted).
    private static readonly EvaluationOptions Strict = new() { RequireFormatValidation = true };

    private static readonly JsonSchema CatalogSchema = Schema("certification-catalog");
    private static readonly JsonSchema RecordSchema = Schema("candidate-record");
    private static readonly JsonSchema EvaluationSchema = Schema("certification-evaluation");

    [Fact]
    public void DefaultCatalog_LoadsWithoutProblems_AndHoldsTheThreeVersionsOfDomainMd()
    {
        ReadResult<CertificationCatalog> read = CertificationCatalog.ReadEmbedded();

        Assert.True(read.Succeeded, string.Join("\n", read.Report.Problems));
        CertificationCatalog catalog = read.Value!;
        Assert.Equal(["cmn-2015", "remn-2019", "mediateur-numerique-2025"], catalog.Titles.Select(t => t.Id));
        TitleVersion remn = catalog.Find("remn-2019")!;
        Assert.Equal("TP-01336", remn.TitleCode.ToString());
        Assert.Equal("RNCP34137", remn.RncpCode.ToString());
        Assert.False(remn.RncpCodeVerified);
        Assert.Equal("MTRD1904263A", remn.LegalText.Nor);
        Assert.Equal((new LocalDate(2019, 7, 13), new LocalDate(2024, 7, 12)), (remn.ValidFrom, remn.ValidUntil!.Value));
        Assert.Equal(3, remn.Blocks.Count);
        Assert.Equal(4, remn.Blocks[0].Competences.Count);
        Assert.All(catalog.Correspondences, c => Assert.Equal(CorrespondenceStatus.NotPublished, c.Status));
        Assert.Contains(catalog.Correspondences, c => c is { From: "remn-2019", To: "mediateur-numerique-2025" });
    }

    [Fact]
    public void DefaultCatalog_WrittenBack_ValidatesAgainstTheSchemaAndWritesDatesAsIsoText()
    {
        string json = CertificationJson.Catalog.WriteToString(CertificationCatalog.Default);

        AssertValid(CatalogSchema, json);
        Assert.Contains("\"validFrom\": \"2019-07-13\"", json, StringComparison.Ordinal);
        Assert.Contains("\"validUntil\": \"2024-07-12\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"not-published\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("shortName", json, StringComparison.Ordinal);
        Assert.Equal(json, CertificationJson.Catalog.WriteToString(CertificationJson.Catalog.Read(json).GetValueOrThrow()));
    }

    [Fact]
    public void Catalog_RoundTrips_ForGeneratedCatalogs() =>
        Properties.ForAll(CertificationGenerators.Catalog, catalog =>
        {
            string json = CertificationJson.Catalog.WriteToString(catalog);
            ReadResult<CertificationCatalog> read = CertificationJson.Catalog.Read(json);
            Assert.True(read.Succeeded, string.Join("\n", read.Report.Problems));
            Assert.Equal(json, CertificationJson.Catalog.WriteToString(read.Value!));
            AssertValid(CatalogSchema, json);
        });

    [Fact]
    public void Record_RoundTrips_ForGeneratedRecords()
    {
        Gen<(CertificationCatalog, CandidateRecord)> cases =
            from catalog in CertificationGenerators.Catalog
            from record in CertificationGenerators.ValidRecord(catalog.Titles[0])
            select (catalog, record);
        Properties.ForAll(cases, c =>
        {
            (CertificationCatalog catalog, CandidateRecord record) = c;
            var format = CertificationJson.CreateRecordFormat(catalog);
            string json = format.WriteToString(record);
            ReadResult<CandidateRecord> read = format.Read(json);
            Assert.True(read.Succeeded, json + string.Join("\n", read.Report.Problems));
            Assert.Equal(json, format.WriteToString(read.Value!));
            AssertValid(RecordSchema, json);
        });
    }

    [Fact]
    public void Evaluation_WrittenForGeneratedRecords_ValidatesAndRoundTrips()
    {
        Gen<(CertificationCatalog, CandidateRecord, int)> cases =
            from catalog in CertificationGenerators.Catalog
            from record in CertificationGenerators.ValidRecord(catalog.Titles[0])
            from days in Gen.Choose(0, 4000)
            select (catalog, record, days);
        Properties.ForAll(cases, c =>
        {
            (CertificationCatalog catalog, CandidateRecord record, int days) = c;
            var engine = new CertificationEngine(catalog);
            foreach (TitleVersion title in catalog.Titles)
            {
                CertificationEvaluation evaluation = engine.Evaluate(record, title.Id, catalog.Titles[0].ValidFrom.PlusDays(days));
                string json = CertificationJson.Evaluation.WriteToString(CertificationEvaluationDocument.From(evaluation, MessageLanguage.English, record.CandidateId));
                AssertValid(EvaluationSchema, json);
                Assert.Equal(json, CertificationJson.Evaluation.WriteToString(CertificationJson.Evaluation.Read(json).GetValueOrThrow()));
            }
        });
    }

    [Fact]
    public void Record_ReadsExactDatesAndKinds()
    {
        const string json = """
            {"schemaVersion":"1.0","candidateId":"a1","trainingStart":"2021-09-06",
             "results":[{"title":"remn-2019","block":1,"sessionDate":"2021-11-25","sessionKind":"session-ccp","remote":true,"obtained":true,"procesVerbal":"PV-1"}]}
            """;

        CandidateRecord record = CertificationJson.Record.Read(json).GetValueOrThrow();

        Assert.Equal(new LocalDate(2021, 9, 6), record.TrainingStart);
        BlockResult result = Assert.Single(record.Results);
        Assert.Equal(new LocalDate(2021, 11, 25), result.SessionDate);
        Assert.Equal(SessionKind.SessionCcp, result.SessionKind);
        Assert.True(result.Remote);
        string written = CertificationJson.Record.WriteToString(record);
        Assert.Contains("\"sessionDate\": \"2021-11-25\"", written, StringComparison.Ordinal);
        Assert.Contains("\"sessionKind\": \"session-ccp\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void StableNames_ArePinned()
    {
        Assert.Equal(["prorogued", "revised", "closed"], StableEnumNames.GetAllowedNames<TitleEndStatus>());
        Assert.Equal(["session-titre", "session-ccp", "vae", "equivalence"], StableEnumNames.GetAllowedNames<SessionKind>());
        Assert.Equal(["published", "not-published"], StableEnumNames.GetAllowedNames<CorrespondenceStatus>());
        Assert.Equal(["not-started", "partial", "certified", "lapsed", "undetermined"], StableEnumNames.GetAllowedNames<CertificationOutcome>());
        Assert.Equal(["met", "not-met", "undetermined", "information"], StableEnumNames.GetAllowedNames<FindingVerdict>());
        string schema = RepositoryFiles.ReadAllText("docs/schemas/certification-evaluation.schema.json");
        Assert.All(StableEnumNames.GetAllowedNames<FindingKind>(), name => Assert.Contains($"\"{name}\"", schema, StringComparison.Ordinal));
        Assert.Equal(37, StableEnumNames.GetAllowedNames<FindingKind>().Count);
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","results":[{"title":"remn-2019","block":1,"sessionDate":"2021-11-31","sessionKind":"session-ccp","obtained":true}]}""")]
    [InlineData("""{"schemaVersion":"1.0","results":[{"title":"remn-2019","block":1,"sessionDate":"2021-11-25","sessionKind":"exam","obtained":true}]}""")]
    [InlineData("""{"schemaVersion":"1.0","results":[{"title":"remn-2019","block":1,"sessionDate":"2021-11-25","sessionKind":"session-ccp"}]}""")]
    [InlineData("""{"schemaVersion":"1.0","results":[{"title":"remn-2019","block":1,"sessionDate":"2021-11-25","sessionKind":"session-ccp","obtained":"yes"}]}""")]
    [InlineData("""{"schemaVersion":"1.0","results":[{"title":"remn-2019","block":0,"sessionDate":"2021-11-25","sessionKind":"session-ccp","obtained":true}]}""")]
    [InlineData("""{"schemaVersion":"1.0","results":[{"title":"remn-2019","block":1,"sessionDate":"2021-11-25","sessionKind":"session-ccp","obtained":true,"score":12}]}""")]
    [InlineData("""{"schemaVersion":"1.0","titleAwards":[{"title":"remn-2019"}]}""")]
    [InlineData("""{"schemaVersion":"2.0"}""")]
    [InlineData("""{"results":[]}""")]
    public void InvalidRecords_AreRejectedByBothTheReaderAndTheSchema(string json)
    {
        Assert.False(CertificationJson.Record.Read(json).Succeeded, json);
        Assert.False(RecordSchema.Evaluate(JsonDocument.Parse(json).RootElement, Strict).IsValid);
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","titles":[{"id":"a","lineage":"l","name":"n","legalText":{"name":"x","date":"2020-01-01"},"validFrom":"2020-01-01","blocksComplete":true,"blocks":[]}]}""")]
    [InlineData("""{"schemaVersion":"1.0","titles":[{"id":"a","lineage":"l","name":"n","legalText":{"name":"x","date":"2020-01-01"},"validFrom":"2020-01-01","blocksComplete":true,"level":9,"blocks":[{"number":1}]}]}""")]
    [InlineData("""{"schemaVersion":"1.0","titles":[{"id":"a","lineage":"l","name":"n","legalText":{"name":"x","date":"2020-01-01"},"validFrom":"2020-01-01","blocksComplete":true,"titleCode":"TP-1336","blocks":[{"number":1}]}]}""")]
    [InlineData("""{"schemaVersion":"1.0","titles":[{"id":"a","lineage":"l","name":"n","legalText":{"name":"x","date":"2020-01-01"},"validFrom":"2020-01-01","blocksComplete":true,"endStatus":"ended","blocks":[{"number":1}]}]}""")]
    [InlineData("""{"schemaVersion":"1.0","titles":[{"id":"a","lineage":"l","name":"","legalText":{"name":"x","date":"2020-01-01"},"validFrom":"2020-01-01","blocksComplete":true,"blocks":[{"number":1}]}]}""")]
    [InlineData("""{"schemaVersion":"1.0","titles":[{"id":"a","lineage":"l","name":"n","validFrom":"2020-01-01","blocksComplete":true,"blocks":[{"number":1}]}]}""")]
    [InlineData("""{"schemaVersion":"1.0","titles":[{"id":"a","lineage":"l","name":"n","legalText":{"name":"x","date":"2020-01-01"},"validFrom":"2020-01-01","blocksComplete":true,"blocks":[{"number":100}]}]}""")]
    [InlineData("""{"schemaVersion":"1.0","titles":[],"correspondences":[{"from":"a","to":"b","status":"not-published","mappings":[{"fromBlock":1,"toBlock":1}]}]}""")]
    [InlineData("""{"schemaVersion":"1.0"}""")]
    public void InvalidCatalogs_AreRejectedByBothTheReaderAndTheSchema(string json)
    {
        Assert.False(CertificationJson.Catalog.Read(json).Succeeded);
        Assert.False(CatalogSchema.Evaluate(JsonDocument.Parse(json).RootElement, Strict).IsValid);
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","title":"remn-2019","asOf":"2022-06-01","outcome":"maybe","heldBlocks":[],"missingBlocks":[],"findings":[]}""")]
    [InlineData("""{"schemaVersion":"1.0","title":"remn-2019","asOf":"2022-06-01","outcome":"partial","heldBlocks":[],"findings":[]}""")]
    [InlineData("""{"schemaVersion":"1.0","title":"remn-2019","asOf":"06/01/2022","outcome":"partial","heldBlocks":[],"missingBlocks":[],"findings":[]}""")]
    [InlineData("""{"schemaVersion":"1.0","title":"remn-2019","asOf":"2022-06-01","outcome":"partial","heldBlocks":[],"missingBlocks":[],"findings":[{"kind":"guess","ruleId":"R1","legalReference":"x","verdict":"met","message":"m"}]}""")]
    public void InvalidEvaluations_AreRejectedByBothTheReaderAndTheSchema(string json)
    {
        Assert.False(CertificationJson.Evaluation.Read(json).Succeeded);
        Assert.False(EvaluationSchema.Evaluate(JsonDocument.Parse(json).RootElement, Strict).IsValid);
    }

    private static JsonSchema Schema(string name) =>
        JsonSchema.FromText(RepositoryFiles.ReadAllText($"docs/schemas/{name}.schema.json"));

    private static void AssertValid(JsonSchema schema, string json)
    {
        EvaluationResults results = schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(results.IsValid, json);
    }
}

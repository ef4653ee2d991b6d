using System.Text.Json;
using Json.Schema;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Interop.DataInclusion;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Testing.Interop;
using Landes.Inclusion.Tests.Infrastructure;
using NodaTime;

namespace Landes.Inclusion.Tests.Interop;

/// <summary>
/// The export is checked against the official data·inclusion v1.0.8 JSON Schemas, read from the shared reference data
/// (they are not copied into the repository). Both schemas are self-contained: their only references are local
/// (<c>#/$defs/…</c>), so nothing needs registering.
/// </summary>
public sealed class DataInclusionExportTests
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static readonly Lazy<JsonSchema> Structure = new(() => Schema("structure.json"));

    private static readonly Lazy<JsonSchema> Service = new(() => Schema("service.json"));

    private static JsonSchema StructureSchema => Structure.Value;

    private static JsonSchema ServiceSchema => Service.Value;

    private static LieuMediationNumerique Example =>
        LieuxMediationCsv.ReadFromString(File.ReadAllText(SharedData.PathOf("schemas/lieux-mediation-numerique/exemple-valide.csv"))).Records[0];

    [Fact]
    public void Export_StandardExample_ValidatesAgainstTheOfficialSchemas()
    {
        DataInclusionExport export = DataInclusionExporter.Export([Example], "landes-inclusion");

        AssertValid(export);
        DataInclusionStructure structure = Assert.Single(export.Structures);
        Assert.Equal("43493312300029", structure.Siret);
        Assert.Equal("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00; PH off", structure.OpeningHours);
        Assert.Equal(["aidants-connect", "conseillers-numeriques", "croix-rouge"], structure.Networks);
        Assert.Equal("contact@laquincaillerie.tl", structure.Email);
        Assert.Equal(3, export.Services.Count);
        DataInclusionService service = export.Services[0];
        Assert.Equal("structure-1--maitrise-outils-numeriques", service.Id);
        Assert.Equal("payant", service.Cost);
        Assert.Equal("Gratuit sous condition", service.CostDetails);
        Assert.Equal(["jeunes", "femmes", "personnes-en-situation-de-handicap"], service.Publics);
        Assert.Equal(["en-presentiel", "a-distance"], service.ReceptionModes);
        Assert.Equal(["se-presenter", "telephoner"], service.MobilisationModes);
        Assert.Equal(["usagers"], service.MobilisableBy);
        // One e-mail, one web site and no counterpart for nothing else: each value left out is reported.
        Assert.Equal(
            [("places[0].courriels", "responsable@laquincaillerie.tl"), ("places[0].site_web", "https://m.facebook.com/laquincaillerienumerique/")],
            export.Report.Problems.Select(p => (p.Path, p.Arguments["value"])));
        Assert.All(export.Report.Problems, p => Assert.Equal(ProblemCodes.Csv.ExportValueDropped, p.Code));
    }

    [Fact]
    public void Export_WrittenJson_HasTheSchemaNamesAndIsoDates()
    {
        DataInclusionExport export = DataInclusionExporter.Export([Example], "landes-inclusion");

        string json = DataInclusionJson.WriteToString(export.Structures);

        Assert.Contains("\"date_maj\": \"2024-04-02\"", json, StringComparison.Ordinal);
        Assert.Contains("\"code_insee\": \"51454\"", json, StringComparison.Ordinal);
        Assert.Contains("\"latitude\": 43.52609", json, StringComparison.Ordinal);
        Assert.Contains("Anonymal", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Property_GeneratedPlaces_ExportValidDocuments() =>
        Properties.ForAll(LieuxMediationGenerators.Valid, place => AssertValid(DataInclusionExporter.Export([place], "landes-inclusion")));

    [Fact]
    public void Export_NameTooShort_IsReportedAndSkipped()
    {
        LieuMediationNumerique place = Example;
        var shortName = new LieuMediationNumerique
        {
            Id = "x", Pivot = place.Pivot, Name = "Ab", Commune = place.Commune, PostalCode = place.PostalCode, Address = place.Address,
            UpdatedOn = new LocalDate(2024, 1, 1),
        };

        DataInclusionExport export = DataInclusionExporter.Export([shortName, place], "landes-inclusion");

        Assert.Single(export.Structures);
        Problem problem = Assert.Single(export.Report.Errors);
        Assert.Equal((ProblemCodes.Csv.ExportConstraint, "places[0].nom"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Schema_RejectsAnInvalidStructure_SoTheValidationCanFail()
    {
        using JsonDocument structure = JsonDocument.Parse("""{"source":"s","id":"i","nom":"No","date_maj":"2024-13-01","siret":"123"}""");
        using JsonDocument service = JsonDocument.Parse("""{"source":"s","id":"i"}""");

        Assert.False(StructureSchema.Evaluate(structure.RootElement, Options).IsValid);
        Assert.False(ServiceSchema.Evaluate(service.RootElement, Options).IsValid);
    }

    private static void AssertValid(DataInclusionExport export)
    {
        using JsonDocument structures = JsonDocument.Parse(DataInclusionJson.WriteToString(export.Structures));
        foreach (JsonElement node in structures.RootElement.EnumerateArray())
        {
            EvaluationResults results = StructureSchema.Evaluate(node, Options);
            Assert.True(results.IsValid, Describe(results, node));
        }

        using JsonDocument services = JsonDocument.Parse(DataInclusionJson.WriteToString(export.Services));
        foreach (JsonElement node in services.RootElement.EnumerateArray())
        {
            EvaluationResults results = ServiceSchema.Evaluate(node, Options);
            Assert.True(results.IsValid, Describe(results, node));
        }
    }

    private static string Describe(EvaluationResults results, JsonElement node) =>
        node.GetRawText() + Environment.NewLine + string.Join(Environment.NewLine,
            (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")));

    private static JsonSchema Schema(string file)
    {
        string path = SharedData.PathOf(Path.Combine("schemas", "data-inclusion", file));
        Assert.True(File.Exists(path), $"The official data·inclusion schema {file} is missing from the shared reference data ({path}).");
        return JsonSchema.FromText(File.ReadAllText(path));
    }
}

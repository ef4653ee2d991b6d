using System.Text.Json;
using Json.Schema;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Interop.DataInclusion;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Network;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Testing.Interop;
using Landes.Inclusion.Testing.Territory;
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

    private static HostStructure Host => new()
    {
        Id = "cd40", Siret = Siret.Parse("22400001800016"), Name = "Département des Landes", Sector = EmployerSector.Public,
        Commune = InseeCode.Parse("40192"),
    };

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
        Assert.All(export.Report.Problems, p => Assert.Equal(CsvProblemCodes.ExportValueDropped, p.Code));
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
    public void Export_GeneratedPlacesAndHosts_ValidateAgainstTheOfficialSchemas() =>
        Properties.ForAll(TerritoryGenerators.Places, places =>
        {
            DataInclusionExport export = DataInclusionExporter.Export(places, [Host], "landes-inclusion", new LocalDate(2024, 8, 1));

            AssertValid(export);
            Assert.Equal(places.Count + 1, export.Structures.Count);
            Assert.Equal(places.Count, export.Services.Count);
            Assert.All(export.Services, s => Assert.Contains(export.Structures, st => st.Id == s.StructureId));
        });

    [Fact]
    public void Export_HostStructure_CarriesSiretCommuneAndNetwork()
    {
        var place = new Place
        {
            Id = "p1", Name = "Médiathèque de Tartas", Commune = InseeCode.Parse("40313"), Kind = PlaceKind.Permanence, Advisors = 2,
        };

        DataInclusionExport export = DataInclusionExporter.Export([place], [Host], "landes-inclusion", new LocalDate(2024, 8, 1));

        AssertValid(export);
        Assert.Empty(export.Report.Problems);
        DataInclusionStructure host = export.Structures[0];
        Assert.Equal(("22400001800016", "40192", "Mont-de-Marsan", "2024-08-01"), (host.Siret, host.InseeCode, host.Commune, host.UpdatedOn.ToString("yyyy-MM-dd", null)));
        Assert.Equal(["conseillers-numeriques"], host.Networks);
        DataInclusionStructure structure = export.Structures[1];
        Assert.Equal(("p1", "Tartas", (string?)null), (structure.Id, structure.Commune, structure.Siret));
        DataInclusionService service = Assert.Single(export.Services);
        Assert.Equal(("p1--mediation-numerique", "p1", "accompagnement"), (service.Id, service.StructureId, service.Type));
        Assert.Equal(["en-presentiel"], service.ReceptionModes);
    }

    [Fact]
    public void Export_PlaceOrHostNameTooShort_IsReportedAndSkipped()
    {
        var place = new Place { Id = "p1", Name = "Ab", Commune = InseeCode.Parse("40313"), Kind = PlaceKind.Other };
        var host = new HostStructure { Id = "h", Siret = Host.Siret, Name = "X", Sector = EmployerSector.Public, Commune = Host.Commune };

        DataInclusionExport export = DataInclusionExporter.Export([place], [host], "landes-inclusion", new LocalDate(2024, 8, 1));

        Assert.Empty(export.Structures);
        Assert.Empty(export.Services);
        Assert.Equal(["hosts[0].name", "places[0].name"], export.Report.Errors.Select(p => p.Path));
    }

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
        Assert.Equal((CsvProblemCodes.ExportConstraint, "places[0].nom"), (problem.Code, problem.Path));
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
        using JsonDocument services = JsonDocument.Parse(DataInclusionJson.WriteToString(export.Services));
        AssertValid(structures.RootElement, services.RootElement);
    }

    /// <summary>Checks arrays of written structures and services against the official schemas.</summary>
    internal static void AssertValid(JsonElement structures, JsonElement services)
    {
        foreach (JsonElement node in structures.EnumerateArray())
        {
            EvaluationResults results = StructureSchema.Evaluate(node, Options);
            Assert.True(results.IsValid, Describe(results, node));
        }

        foreach (JsonElement node in services.EnumerateArray())
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

// A tiny app published with Native AOT by .ci/run: it exercises the library's public surface that a host uses
// (identifiers, problems, the JSON facade) so that any trim or AOT warning in the library shows up as an error.
using Landes.Inclusion;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Interop.DataInclusion;
using Landes.Inclusion.Interop.FranceServices;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Json;
using Landes.Inclusion.Schedules;
using Landes.Inclusion.Territory;

int failures = 0;

void Expect(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine("FAILED: " + what);
        failures++;
    }
}

Expect(InseeCode.Parse("40192").Departement == DepartementCode.Landes, "INSEE code and département");
Expect(Siret.TryParse("35600000000001", out _), "La Poste SIRET");
Expect(!Siret.TryParse("20003043500124".AsSpan(), out _, out Problem? problem) && problem.Code == IdentifierProblemCodes.SiretChecksum, "SIRET checksum problem");

var report = new ValidationReport([problem!.Under("structures[0].siret")]);
string json = LandesJson.ValidationReport.WriteToString(ValidationReportDocument.From(report, MessageLanguage.English));
ReadResult<ValidationReportDocument> back = LandesJson.ValidationReport.Read(json);
Expect(back.Succeeded && back.Value.Problems[0].Path == "structures[0].siret", "JSON round-trip");
Expect(!LandesJson.ValidationReport.Read("{\"schemaVersion\":\"1.0\",\"valid\":1,\"problems\":[],\"x\":2}").Succeeded, "strict JSON reading");

// Territory: the embedded geography (resource + Brotli), the analysis and its JSON formats.
Expect(Geography.France.TryGetCommune(InseeCode.Parse("40192"), out Commune? montDeMarsan) && montDeMarsan.Centroid is not null, "embedded geography");
ReadResult<PlacesDocument> places = TerritoryJson.Places.Read(
    "{\"schemaVersion\":\"1.0\",\"places\":[{\"id\":\"a\",\"name\":\"Lieu\",\"commune\":\"40192\",\"kind\":\"permanence\",\"openingHours\":{\"monday\":[\"09:00-12:00\"]}}]}");
Expect(places.Succeeded, "places JSON");
CoverageResult coverage = new CoverageAnalyzer().Analyze(TerritorySelection.Landes, places.Value!.Places);
Expect(coverage.Communes.Count == 327 && TerritoryJson.CoverageResult.Read(TerritoryJson.CoverageResult.WriteToString(coverage)).Succeeded, "coverage JSON round-trip");
// Certification: the embedded catalog (resource + source-generated reader + validator), the engine and the record format.
CandidateRecord record = CertificationJson.Record.Read(
    "{\"schemaVersion\":\"1.0\",\"trainingStart\":\"2021-09-06\",\"results\":[{\"title\":\"remn-2019\",\"block\":1,\"sessionDate\":\"2021-11-25\",\"sessionKind\":\"session-ccp\",\"obtained\":true,\"procesVerbal\":\"PV-1\"}]}").GetValueOrThrow();
CertificationEvaluation evaluation = CertificationEngine.Default.Evaluate(record, "remn-2019", new NodaTime.LocalDate(2022, 6, 1));
Expect(evaluation.Outcome == CertificationOutcome.Partial && evaluation.MissingBlocks.Count == 2, "certification engine");
Expect(CertificationJson.Evaluation.WriteToString(CertificationEvaluationDocument.From(evaluation)).Contains("\"deadline\": \"2024-07-12\"", StringComparison.Ordinal), "evaluation JSON");
// Interop: OSM opening_hours, the lieux CSV (Sep) both ways, the France Services reader and the data·inclusion JSON.
WeeklySchedule schedule = OsmOpeningHours.Parse("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00; PH off");
Expect(OsmOpeningHours.Format(schedule) == "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00", "OSM opening_hours round-trip");
const string Lieux = "id,pivot,nom,commune,code_postal,adresse,date_maj,horaires,services\n"
    + "l1,35600000000048,Médiathèque,Dax,40100,1 rue de la Gare,2024-04-02,\"Tu,Th 14:00-17:00\",Aide aux démarches administratives|Loisirs et créations numériques\n";
var lieux = LieuxMediationCsv.ReadFromString(Lieux);
Expect(lieux.Records.Count == 1 && lieux.Records[0].Services.Count == 2, "lieux CSV reading");
Expect(LieuxMediationCsv.ReadFromString(LieuxMediationCsv.WriteToString(lieux.Records)).Records[0].Equals(lieux.Records[0]), "lieux CSV round-trip");
var sites = FranceServicesCsv.ReadFromString("id_fs,lib_fs,insee_com,code_postal,lib_com,h_lundi\n1,France services,40088,40100,Dax,09:00 - 12:00 / 13:30 - 17:00\n");
Expect(sites.Records.Count == 1 && sites.Records[0].Schedule.OpenDays.Count == 1, "France Services reading");
string structures = DataInclusionJson.WriteToString(DataInclusionExporter.Export(lieux.Records, "landes").Structures);
Expect(structures.Contains("\"horaires_accueil\": \"Tu,Th 14:00-17:00; PH off\"", StringComparison.Ordinal), "data·inclusion export");

// Network: the embedded Landes sample (every module's reader and validator) and the report.
Landes.Inclusion.Network.NetworkReport networkReport = new Landes.Inclusion.Network.NetworkReporter().Build(Landes.Inclusion.Network.LandesSample.Network, new NodaTime.LocalDate(2026, 11, 29));
Expect(networkReport.Headcount.AdvisorsInPost == 34 && networkReport.Blocks[0].Holders == 32, "Landes sample report");
Expect(Landes.Inclusion.Network.NetworkJson.Report.WriteToString(networkReport).Contains("\"asOf\": \"2026-11-29\"", StringComparison.Ordinal), "network report JSON");

Console.WriteLine(failures == 0 ? "AOT smoke test passed" : $"AOT smoke test: {failures} failure(s)");
return failures == 0 ? 0 : 1;

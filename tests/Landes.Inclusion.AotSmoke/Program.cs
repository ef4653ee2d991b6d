// A tiny app published with Native AOT by .ci/run: it exercises the library's public surface that a host uses
// (identifiers, problems, the JSON facade) so that any trim or AOT warning in the library shows up as an error.
using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
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
Expect(!Siret.TryParse("20003043500124".AsSpan(), out _, out Problem? problem) && problem.Code == ProblemCodes.Identifiers.SiretChecksum, "SIRET checksum problem");

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

Console.WriteLine(failures == 0 ? "AOT smoke test passed" : $"AOT smoke test: {failures} failure(s)");
return failures == 0 ? 0 : 1;

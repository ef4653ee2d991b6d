using System.Text.Json;
using Json.Schema;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Testing.Territory;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Territory;

public sealed class TerritoryJsonTests
{
    private static readonly JsonSchema PlacesSchema = JsonSchema.FromText(RepositoryFiles.ReadAllText("docs/schemas/places.schema.json"));
    private static readonly JsonSchema CoverageSchema = JsonSchema.FromText(RepositoryFiles.ReadAllText("docs/schemas/coverage-result.schema.json"));

    [Fact]
    public void Places_Written_ValidateAgainstTheSchema_AndRoundTrip() =>
        Properties.ForAll(TerritoryGenerators.Places, places =>
        {
            string json = TerritoryJson.Places.WriteToString(new PlacesDocument { Places = places });

            Assert.True(PlacesSchema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid, json);
            ReadResult<PlacesDocument> back = TerritoryJson.Places.Read(json);
            Assert.True(back.Succeeded, string.Join("; ", back.Report.Problems.Select(p => p.Code + " " + p.Path)));
            Assert.Equal(json, TerritoryJson.Places.WriteToString(back.Value!));
        });

    [Fact]
    public void Places_ExactText_PinsNamesAndOmitsNulls()
    {
        var document = new PlacesDocument { Places = [PlaceValidatorTests.MontDeMarsan()] };

        string json = TerritoryJson.Places.WriteToString(document);

        Assert.Equal("""
            {
              "schemaVersion": "1.0",
              "places": [
                {
                  "id": "fs-mdm",
                  "name": "France services Mont-de-Marsan",
                  "commune": "40192",
                  "kind": "france-services",
                  "latitude": 43.8906,
                  "longitude": -0.4999,
                  "itinerant": false,
                  "advisors": 2
                }
              ]
            }

            """.ReplaceLineEndings("\n"), json);
    }

    [Theory]
    [InlineData(PlaceKind.FranceServices, "france-services")]
    [InlineData(PlaceKind.LieuMediationNumerique, "lieu-mediation-numerique")]
    [InlineData(PlaceKind.Permanence, "permanence")]
    [InlineData(PlaceKind.Other, "other")]
    public void PlaceKind_HasAStableName(PlaceKind kind, string name) => Assert.Equal(name, StableEnumNames.GetName(kind));

    [Theory]
    [InlineData(EpciKind.Metropole, "metropole")]
    [InlineData(EpciKind.CommunauteUrbaine, "communaute-urbaine")]
    [InlineData(EpciKind.CommunauteAgglomeration, "communaute-agglomeration")]
    [InlineData(EpciKind.CommunauteCommunes, "communaute-communes")]
    public void EpciKind_HasAStableName(EpciKind kind, string name) => Assert.Equal(name, StableEnumNames.GetName(kind));

    [Theory]
    [InlineData(TerritoryKind.Departement, "departement")]
    [InlineData(TerritoryKind.Epci, "epci")]
    [InlineData(TerritoryKind.Communes, "communes")]
    public void TerritoryKind_HasAStableName(TerritoryKind kind, string name) => Assert.Equal(name, StableEnumNames.GetName(kind));

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","places":[{"id":"a","name":"n","commune":"40192","kind":"mairie"}]}""")]
    [InlineData("""{"schemaVersion":"1.0","places":[{"id":"a","name":"n","commune":"4019","kind":"other"}]}""")]
    [InlineData("""{"schemaVersion":"1.0","places":[{"id":"a","name":"n","commune":"40192","kind":"other","latitude":95,"longitude":0}]}""")]
    [InlineData("""{"schemaVersion":"1.0","places":[{"id":"a","name":"n","commune":"40192","kind":"other","latitude":44}]}""")]
    [InlineData("""{"schemaVersion":"1.0","places":[{"id":"a","name":"n","commune":"40192","kind":"other","advisors":-1}]}""")]
    [InlineData("""{"schemaVersion":"1.0","places":[{"id":"a","name":"n","commune":"40192","kind":"other","openingHours":{"monday":["9h-12h"]}}]}""")]
    [InlineData("""{"schemaVersion":"1.0","places":[{"id":"a","name":"n","kind":"other"}]}""")]
    [InlineData("""{"schemaVersion":"1.0","places":[{"id":"a","name":"n","commune":"40192","kind":"other","color":"red"}]}""")]
    public void InvalidPlaces_AreRejectedByBothTheReaderAndTheSchema(string json)
    {
        Assert.False(TerritoryJson.Places.Read(json).Succeeded);
        Assert.False(PlacesSchema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
    }

    [Fact]
    public void Places_Read_ReportsEveryProblemWithItsPath()
    {
        const string json = """
            {"schemaVersion":"1.0","places":[
              {"id":"a","name":"n","commune":"40999","kind":"other"},
              {"id":"a","name":"n","commune":"40192","kind":"other","latitude":44}
            ]}
            """;

        ValidationReport report = TerritoryJson.Places.Read(json).Report;

        Assert.Equal(
            [(TerritoryProblemCodes.CoordinatesIncomplete, "places[1]"), (TerritoryProblemCodes.UnknownCommune, "places[0].commune"), (TerritoryProblemCodes.DuplicatePlaceId, "places[1].id")],
            report.Problems.Select(p => (p.Code, p.Path)).Order());
    }

    [Fact]
    public void CoverageResult_Written_ValidatesAgainstTheSchema_AndRoundTrips()
    {
        var options = new CoverageOptions { TravelTimeEstimate = new TravelTimeEstimateModel() };
        CoverageResult result = new CoverageAnalyzer().Analyze(TerritorySelection.Landes,
            [PlaceValidatorTests.MontDeMarsan(), new Place { Id = "x", Name = "n", Commune = InseeCode.Parse("14666"), Kind = PlaceKind.Other }], options);

        string json = TerritoryJson.CoverageResult.WriteToString(result);

        EvaluationResults evaluation = CoverageSchema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluation.IsValid, json[..2000]);
        Assert.Contains("\"estimatedTravelMinutes\": ", json, StringComparison.Ordinal);
        Assert.Contains("\"travelTimeEstimate\": {\n    \"detourFactor\": 1.3,\n    \"averageSpeedKmh\": 50\n  }", json, StringComparison.Ordinal);
        Assert.Contains("\"unlocatedPlaceIds\": [\n    \"x\"\n  ]", json, StringComparison.Ordinal);
        Assert.Contains("\"vintage\": {\n    \"cogYear\": 2026,\n    \"populationYear\": 2023\n  }", json, StringComparison.Ordinal);
        CoverageResult back = TerritoryJson.CoverageResult.Read(json).GetValueOrThrow();
        Assert.Equal(json, TerritoryJson.CoverageResult.WriteToString(back));
    }

    [Theory]
    [InlineData("share", "1.5")]
    [InlineData("coveredShare", "-0.1")]
    [InlineData("coverageRadiusKm", "0")]
    [InlineData("territoryKind", "\"region\"")]
    [InlineData("distanceKm", "\"far\"")]
    public void InvalidCoverageResults_AreRejectedByBothTheReaderAndTheSchema(string property, string value)
    {
        CoverageResult result = new CoverageAnalyzer().Analyze(TerritorySelection.OfCommunes([InseeCode.Parse("40192")]), [PlaceValidatorTests.MontDeMarsan()]);
        string json = TerritoryJson.CoverageResult.WriteToString(result);
        int at = json.IndexOf($"\"{property}\": ", StringComparison.Ordinal);
        int end = json.IndexOfAny([',', '\n'], at);
        string broken = json[..at] + $"\"{property}\": {value}" + json[end..];

        Assert.False(CoverageSchema.Evaluate(JsonDocument.Parse(broken).RootElement).IsValid, broken);
        Assert.False(TerritoryJson.CoverageResult.Read(broken).Succeeded, broken);
    }
}

using System.Text;
using System.Text.Json.Nodes;
using Json.Schema;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Network;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Tests.Network;

public sealed class NetworkJsonTests
{
    // A small valid network: one structure, one post, one place, one advisor on a CDD then a CDI.
    private const string Minimal = """
        {
          "schemaVersion": "1.0",
          "departement": "40",
          "name": "Réseau test",
          "structures": [{ "id": "s1", "siret": "20003043500123", "name": "CC test", "sector": "public", "commune": "40001" }],
          "posts": [{ "id": "post-1", "structureId": "s1", "openedOn": "2021-05-27" }],
          "advisors": [{
            "id": "cn-1",
            "name": { "given": "Camille", "family": "Test" },
            "recruitedOn": "2021-06-14",
            "postId": "post-1",
            "contracts": [
              { "kind": "cdd", "structureId": "s1", "start": "2021-06-14", "end": "2023-06-13" },
              { "kind": "cdi", "structureId": "s1", "start": "2023-06-14" }
            ],
            "assignments": [{ "placeId": "p1", "from": "2021-06-14" }]
          }],
          "places": [{ "id": "p1", "name": "Permanence", "commune": "40001", "kind": "permanence" }]
        }
        """;

    private static byte[] SampleBytes()
    {
        using Stream stream = LandesSample.OpenJson();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public void Minimal_IsValidForTheReaderAndTheSchema()
    {
        ReadResult<NetworkDocument> read = NetworkJson.Network.Read(Minimal);

        Assert.True(read.Succeeded, string.Join("\n", read.Report.Problems));
        EvaluationResults results = NetworkSchemas.Evaluate(NetworkSchemas.Network, Minimal);
        Assert.True(results.IsValid, NetworkSchemas.Describe(results));
    }

    [Fact]
    public void Sample_ValidatesAgainstTheSchema()
    {
        string json = Encoding.UTF8.GetString(SampleBytes());

        EvaluationResults results = NetworkSchemas.Evaluate(NetworkSchemas.Network, json);

        Assert.True(results.IsValid, NetworkSchemas.Describe(results));
    }

    [Fact]
    public void Sample_WrittenAgain_IsTheSameBytes()
    {
        byte[] bytes = SampleBytes();

        NetworkDocument network = NetworkJson.Network.Read(bytes).GetValueOrThrow();

        Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(NetworkJson.Network.Write(network)));
    }

    [Fact]
    public void Write_SameNetworkTwice_GivesTheSameBytes_WithDatesAsIsoText()
    {
        NetworkDocument network = NetworkJson.Network.Read(Minimal).GetValueOrThrow();

        byte[] first = NetworkJson.Network.Write(network);
        byte[] second = NetworkJson.Network.Write(NetworkJson.Network.Read(first).GetValueOrThrow());

        Assert.Equal(first, second);
        string text = Encoding.UTF8.GetString(first);
        Assert.Contains("\"recruitedOn\": \"2021-06-14\"", text, StringComparison.Ordinal);
        Assert.Contains("\"end\": \"2023-06-13\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"leftOn\"", text, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2023, 6, 13), network.Advisors[0].Contracts[0].End);
        Assert.Null(network.Advisors[0].Contracts[1].End);
    }

    [Theory]
    [InlineData("schema version", "$.schemaVersion", "\"2.0\"")]
    [InlineData("no advisors", "$.advisors", null)]
    [InlineData("unknown property", "$.advisors[0].salary", "30000")]
    [InlineData("unknown contract kind", "$.advisors[0].contracts[0].kind", "\"interim\"")]
    [InlineData("date not ISO", "$.advisors[0].recruitedOn", "\"14/06/2021\"")]
    [InlineData("SIRET too short", "$.structures[0].siret", "\"2000304350\"")]
    [InlineData("département out of range", "$.departement", "\"100\"")]
    [InlineData("commune not INSEE", "$.structures[0].commune", "\"4000\"")]
    [InlineData("unknown sector", "$.structures[0].sector", "\"mixed\"")]
    [InlineData("empty name", "$.name", "\"\"")]
    [InlineData("empty advisor id", "$.advisors[0].id", "\"\"")]
    [InlineData("CDI with an end date (R14)", "$.advisors[0].contracts[1].end", "\"2030-01-01\"")]
    [InlineData("CDD without an end date (R14)", "$.advisors[0].contracts[0].end", null)]
    [InlineData("no contract (R14)", "$.advisors[0].contracts", "[]")]
    [InlineData("assignment without start", "$.advisors[0].assignments[0].from", null)]
    [InlineData("unknown event kind", "$.events", "[{\"kind\":\"party\",\"date\":\"2026-05-19\",\"title\":\"Fête\"}]")]
    [InlineData("place without kind", "$.places[0].kind", null)]
    [InlineData("enrolment without programme", "$.advisors[0].training", "{\"id\":\"e1\",\"personId\":\"cn-1\",\"inPostSince\":\"2021-06-14\"}")]
    [InlineData("certification result without block", "$.advisors[0].certification", "{\"schemaVersion\":\"1.0\",\"results\":[{\"title\":\"remn-2019\",\"sessionDate\":\"2021-11-03\",\"sessionKind\":\"session-ccp\",\"obtained\":true}]}")]
    public void InvalidDocument_IsRejectedByBothTheReaderAndTheSchema(string defect, string location, string? value)
    {
        string json = Change(Minimal, location, value);

        Assert.False(NetworkJson.Network.Read(json).Succeeded, defect);
        Assert.False(NetworkSchemas.Evaluate(NetworkSchemas.Network, json).IsValid, defect);
    }

    [Fact]
    public void Read_DefectsInSeveralAdvisors_ReportsEachWithItsPathAndCode()
    {
        string json = Encoding.UTF8.GetString(SampleBytes());
        json = Change(json, "$.advisors[2].contracts[0].kind", "\"cdi\"");
        json = Change(json, "$.advisors[5].assignments[0].placeId", "\"nowhere\"");
        json = Change(json, "$.advisors[7].postId", "\"post-99\"");
        json = Change(json, "$.advisors[11].contracts", "[]");
        json = Change(json, "$.advisors[20].training.sessions[3].minutes", "0");
        json = Change(json, "$.structures[1].id", "\"s1051\"");

        ReadResult<NetworkDocument> read = NetworkJson.Network.Read(json);

        Assert.False(read.Succeeded);
        var found = read.Report.Problems.Select(p => (p.Path, p.Code)).ToHashSet();
        Assert.Contains(("advisors[2].contracts[0].end", NetworkProblemCodes.CdiWithEndDate), found);
        Assert.Contains(("advisors[5].assignments[0].placeId", NetworkProblemCodes.UnknownPlace), found);
        Assert.Contains(("advisors[7].postId", NetworkProblemCodes.UnknownPost), found);
        Assert.Contains(("advisors[11].contracts", NetworkProblemCodes.NoContract), found);
        Assert.Contains(("advisors[20].training.sessions[3].minutes", TrainingProblemCodes.DurationNotPositive), found);
        Assert.Contains(("structures[1].id", NetworkProblemCodes.DuplicateId), found);
        Assert.All(read.Report.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }

    [Fact]
    public void Read_SyntaxDefectsInSeveralAdvisors_ReportsEachWithItsPath()
    {
        string json = Encoding.UTF8.GetString(SampleBytes());
        json = Change(json, "$.advisors[1].recruitedOn", "\"le 14 juin\"");
        json = Change(json, "$.advisors[4].contracts[0].kind", "\"interim\"");
        json = Change(json, "$.structures[3].siret", "\"20003043500124\"");

        ReadResult<NetworkDocument> read = NetworkJson.Network.Read(json);

        Assert.False(read.Succeeded);
        string[] paths = [.. read.Report.Problems.Select(p => p.Path)];
        Assert.Contains("advisors[1].recruitedOn", paths);
        Assert.Contains("advisors[4].contracts[0].kind", paths);
        Assert.Contains("structures[3].siret", paths);
        Assert.Contains(read.Report.Problems, p => p.Path == "structures[3].siret" && p.Code == IdentifierProblemCodes.SiretChecksum);
    }

    [Theory]
    [InlineData(MessageLanguage.French)]
    [InlineData(MessageLanguage.English)]
    public void Report_OfTheSample_ValidatesAgainstTheSchema_AndRoundTrips(MessageLanguage language)
    {
        NetworkReport report = new NetworkReporter().Build(LandesSample.Network, new LocalDate(2026, 11, 29), new NetworkReportOptions { Language = language });

        string json = NetworkJson.Report.WriteToString(report);

        EvaluationResults results = NetworkSchemas.Evaluate(NetworkSchemas.Report, json);
        Assert.True(results.IsValid, NetworkSchemas.Describe(results));
        Assert.Contains("\"asOf\": \"2026-11-29\"", json, StringComparison.Ordinal);
        Assert.NotNull(report.Coverage);
        Assert.NotEmpty(report.InTraining);
        Assert.NotEmpty(report.Alerts);
        Assert.Equal(json, NetworkJson.Report.WriteToString(NetworkJson.Report.Read(json).GetValueOrThrow()));
    }

    [Theory]
    [InlineData("$.headcount", null)]
    [InlineData("$.asOf", "\"29/11/2026\"")]
    [InlineData("$.language", "\"german\"")]
    [InlineData("$.inTraining[0].status", "\"sleeping\"")]
    [InlineData("$.alerts[0].severity", "\"fatal\"")]
    [InlineData("$.headcount.extra", "1")]
    public void InvalidReport_IsRejectedByBothTheReaderAndTheSchema(string location, string? value)
    {
        string valid = NetworkJson.Report.WriteToString(new NetworkReporter().Build(LandesSample.Network, new LocalDate(2026, 11, 29)));
        string json = Change(valid, location, value);

        Assert.False(NetworkJson.Report.Read(json).Succeeded);
        Assert.False(NetworkSchemas.Evaluate(NetworkSchemas.Report, json).IsValid);
    }

    // Sets (or removes, when value is null) the member at a simple JSONPath ($.a[0].b) of a JSON text.
    private static string Change(string json, string location, string? value)
    {
        JsonNode root = JsonNode.Parse(json)!;
        string[] steps = location[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.');
        JsonNode parent = root;
        foreach (string step in steps[..^1])
        {
            parent = step.StartsWith('[') ? parent[int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture)]! : parent[step]!;
        }

        string last = steps[^1];
        if (value is null)
        {
            parent.AsObject().Remove(last);
        }
        else
        {
            parent[last] = JsonNode.Parse(value);
        }

        return root.ToJsonString();
    }
}

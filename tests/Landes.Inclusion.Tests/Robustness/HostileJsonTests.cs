using System.Text;
using System.Text.Json.Nodes;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;
using Landes.Inclusion.Network;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;
using Landes.Inclusion.Fuzzing;

namespace Landes.Inclusion.Tests.Robustness;

/// <summary>Regression tests of the crash and silent-accept classes found by fuzzing the JSON readers (issue 10), each with its minimized input.</summary>
public sealed class HostileJsonTests
{
    public static TheoryData<string> ListHolders() => ["places", "network", "enrolments", "record", "catalog", "programme"];

    [Theory]
    [MemberData(nameof(ListHolders))]
    public void NullListElement_IsRefusedWithItsPath_NotDereferenced(string kind)
    {
        FuzzTarget target = Targets.Single(t => t.Name == kind);
        JsonNode root = JsonNode.Parse(target.Seeds[0])!;
        (JsonArray list, string path) = FirstArrayOfObjects(root.AsObject(), string.Empty)!.Value;
        list.Insert(0, null);

        ValidationReport report = ReadAs(kind, Encoding.UTF8.GetBytes(root.ToJsonString()));

        Assert.Contains(report.Problems, p => p.Code == JsonProblemCodes.NullNotAllowed && p.Path == path + "[0]");
    }

    [Fact]
    public void NullPlace_Minimized()
    {
        ValidationReport report = TerritoryJson.Places.Read("""{"schemaVersion":"1.0","places":[null]}""").Report;

        Assert.Equal(JsonProblemCodes.NullNotAllowed, Assert.Single(report.Problems).Code);
    }

    [Fact]
    public void InvalidUtf8InSchemaVersion_GivesTheByteOffset()
    {
        byte[] input = [.. "{\"schemaVersion\":\"1."u8, 0xC3, 0x28, .. "\",\"places\":[]}"u8];

        ReadResult<PlacesDocument> read = TerritoryJson.Places.Read(input);

        Problem problem = Assert.Single(read.Report.Problems);
        Assert.Equal(JsonProblemCodes.InvalidEncoding, problem.Code);
        Assert.Equal("20", problem.Arguments["offset"]);
    }

    [Theory]
    [InlineData("""{"schemaVersion":"\ud800","places":[]}""")]
    [InlineData("""{"schemaVersion":"1.0","\udc00":1,"places":[]}""")]
    public void LoneSurrogateEscape_IsAProblemNotAnException(string json)
    {
        ReadResult<PlacesDocument> read = TerritoryJson.Places.Read(json);

        Assert.Null(read.Value);
        Assert.Equal(JsonProblemCodes.InvalidEscape, Assert.Single(read.Report.Problems).Code);
    }

    [Fact]
    public void Utf8ByteOrderMark_IsAccepted()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(FuzzTargets.Places)];

        Assert.True(TerritoryJson.Places.Read(input).Report.IsValid);
    }

    [Fact]
    public void HugeNumber_IsRefusedNotReadAsInfinity()
    {
        ReadResult<PlacesDocument> read = TerritoryJson.Places.Read(
            """{"schemaVersion":"1.0","places":[{"id":"a","name":"A","commune":"40192","kind":"permanence","latitude":1e400,"longitude":0}]}""");

        Assert.Null(read.Value);
        Problem problem = Assert.Single(read.Report.Problems);
        Assert.Equal(JsonProblemCodes.NumberOutOfRange, problem.Code);
        Assert.Equal("places[0].latitude", problem.Path);
    }

    [Fact]
    public void ComputedMember_IsAnUnknownProperty()
    {
        JsonNode programme = JsonNode.Parse(TrainingJson.Programme.Write(TrainingProgrammeCatalog.Default.Programmes[0]))!;
        programme["periods"]![0]!["paths"]![0]!["stage"] = 210;

        ReadResult<TrainingProgramme> read = TrainingJson.Programme.Read(programme.ToJsonString());

        Assert.Null(read.Value);
        Assert.Contains(read.Report.Problems, p => p.Code == JsonProblemCodes.UnknownProperty && p.Path == "periods[0].paths[0].stage");
    }

    [Fact]
    public void DuplicateDayInOpeningHours_IsRefused()
    {
        ReadResult<PlacesDocument> read = TerritoryJson.Places.Read(
            """{"schemaVersion":"1.0","places":[{"id":"a","name":"A","commune":"40192","kind":"permanence","openingHours":{"monday":["09:00-12:00"],"monday":["14:00-17:00"]}}]}""");

        Assert.Null(read.Value);
        Assert.Contains(read.Report.Problems, p => p.Code == JsonProblemCodes.DuplicateProperty && p.Path.EndsWith("monday", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("-0001-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("2200-01-01")]
    [InlineData("9999-12-31")]
    public void DateOutsideTheDocumentedRange_IsRefused(string date)
    {
        string record = FuzzTargets.Record.Replace("2021-11-25", date, StringComparison.Ordinal);

        ReadResult<CandidateRecord> read = CertificationJson.Record.Read(record);

        Assert.Null(read.Value);
        Assert.Contains(read.Report.Problems, p => p.Code is JsonProblemCodes.DateOutOfRange or JsonProblemCodes.InvalidDate && p.Path == "results[0].sessionDate");
    }

    [Theory]
    [InlineData("A\\u0000")]
    [InlineData("A\\u001b[31m")]
    [InlineData("A\\u007f")]
    public void ControlCharacterInAString_IsAnErrorAtItsPath(string name)
    {
        ReadResult<PlacesDocument> read = TerritoryJson.Places.Read(
            "{\"schemaVersion\":\"1.0\",\"places\":[{\"id\":\"a\",\"name\":\"" + name + "\",\"commune\":\"40192\",\"kind\":\"permanence\"}]}");

        Assert.Null(read.Value);
        Problem problem = Assert.Single(read.Report.Problems);
        Assert.Equal(JsonProblemCodes.ControlCharacter, problem.Code);
        Assert.Equal("places[0].name", problem.Path);
        Assert.DoesNotContain(problem.Message, c => char.IsControl(c));
    }

    [Fact]
    public void TabsAndLineFeeds_StayAllowed()
    {
        Assert.True(TerritoryJson.Places.Read(FuzzTargets.Places.Replace("Médiathèque", "Média\\nthèque\\t", StringComparison.Ordinal)).Report.IsValid);
    }

    [Fact]
    public void HugePropertyName_IsQuotedShortly_AndCostsBoundedMemory()
    {
        string name = new('n', 4_000_000);
        byte[] input = Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.0\",\"places\":[],\"" + name + "\":1}");

        long before = GC.GetAllocatedBytesForCurrentThread();
        ReadResult<PlacesDocument> read = TerritoryJson.Places.Read(input);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Problem problem = Assert.Single(read.Report.Problems);
        Assert.Equal(LimitProblemCodes.StringTooLong, problem.Code);
        Assert.Equal("35", problem.Arguments["offset"]);
        Assert.True(allocated < 10L * input.Length, $"{allocated:N0} bytes allocated for {input.Length:N0} bytes of input");
    }

    [Fact]
    public void LongPropertyNameWithinTheLimit_IsQuotedShortly()
    {
        string name = new('n', 500_000);

        ReadResult<PlacesDocument> read = TerritoryJson.Places.Read("{\"schemaVersion\":\"1.0\",\"places\":[],\"" + name + "\":1}");

        Problem problem = Assert.Single(read.Report.Problems);
        Assert.Equal(JsonProblemCodes.UnknownProperty, problem.Code);
        Assert.True(problem.Path.Length <= InputLimits.MaxQuotedLength + 1, $"path of {problem.Path.Length} characters");
        Assert.True(problem.Message.Length < 400, $"message of {problem.Message.Length} characters");
    }

    [Fact]
    public void DocumentOverTheSizeLimit_IsRefusedWithOneProblem()
    {
        using var stream = new PatternStream([], "{"u8.ToArray(), (long)InputLimits.MaxJsonDocumentBytes + 10, []);

        ReadResult<PlacesDocument> read = TerritoryJson.Places.Read(stream);

        Assert.Equal(LimitProblemCodes.TooLarge, Assert.Single(read.Report.Problems).Code);
    }

    [Fact]
    public void SeekableDocumentOverTheSizeLimit_IsRefusedUnread()
    {
        using var stream = new PatternStream([], "{"u8.ToArray(), 100_000_000, [], seekable: true);

        ReadResult<PlacesDocument> read = TerritoryJson.Places.Read(stream);

        Assert.Equal(LimitProblemCodes.TooLarge, Assert.Single(read.Report.Problems).Code);
        Assert.Equal(0, stream.Reads);
    }

    [Fact]
    public void ProblemsOfOneCode_AreCappedWithACount()
    {
        var places = string.Join(",", Enumerable.Range(0, 1500).Select(i => $"{{\"id\":\"p{i}\",\"name\":\"P\",\"commune\":\"4O192\",\"kind\":\"permanence\"}}"));

        ValidationReport report = TerritoryJson.Places.Read("{\"schemaVersion\":\"1.0\",\"places\":[" + places + "]}").Report;

        Assert.Equal(InputLimits.MaxProblemsPerCode, report.Problems.Count(p => p.Code != LimitProblemCodes.TooManyProblems));
        Problem summary = Assert.Single(report.Problems, p => p.Code == LimitProblemCodes.TooManyProblems);
        Assert.Equal("500", summary.Arguments["count"]);
        Assert.Equal(ProblemSeverity.Error, summary.Severity);
        Assert.False(report.IsValid);
    }

    private static IReadOnlyList<FuzzTarget> Targets { get; } = FuzzTargets.Create(schemaFolder: null);

    internal static ValidationReport ReadAs(string kind, byte[] input) => kind switch
    {
        "places" => TerritoryJson.Places.Read(input).Report,
        "network" => NetworkJson.Network.Read(input).Report,
        "enrolments" => TrainingJson.Enrolments.Read(input).Report,
        "record" => CertificationJson.Record.Read(input).Report,
        "catalog" => CertificationJson.Catalog.Read(input).Report,
        "programme" => TrainingJson.Programme.Read(input).Report,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static (JsonArray List, string Path)? FirstArrayOfObjects(JsonObject node, string path)
    {
        foreach (KeyValuePair<string, JsonNode?> property in node)
        {
            string here = ProblemPath.Member(path, property.Key);
            if (property.Value is JsonArray { Count: > 0 } array && array[0] is JsonObject)
            {
                return (array, here);
            }

            if (property.Value is JsonObject child && FirstArrayOfObjects(child, here) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    // A stream of '{' bytes of a given length, without holding them.
}

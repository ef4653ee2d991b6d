using FluentValidation;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using NodaTime;

namespace Landes.Inclusion.Tests.Json;

public sealed class JsonDocumentFormatTests
{
    private static readonly JsonDocumentFormat<SampleDocument> Format = new("sample", "1.0", TestJsonContext.Default.SampleDocument);

    private const string ValidJson = """
        {
          "schemaVersion": "1.0",
          "commune": "40192",
          "structure": "22400001800016",
          "since": "2021-11-30",
          "kind": "session-ccp",
          "items": [
            {
              "name": "Accueil",
              "hours": 35,
              "postalCode": "40000"
            }
          ]
        }

        """;

    [Fact]
    public void Read_ValidDocument_GivesTheValue()
    {
        ReadResult<SampleDocument> result = Format.Read(ValidJson);

        Assert.True(result.Succeeded, string.Join("\n", result.Report.Problems));
        Assert.Equal(InseeCode.Parse("40192"), result.Value.Commune);
        Assert.Equal(new LocalDate(2021, 11, 30), result.Value.Since);
        Assert.Null(result.Value.Until);
        Assert.Equal(SampleKind.SessionCcp, result.Value.Kind);
        Assert.Equal(PostalCode.Parse("40000"), result.Value.Items[0].PostalCode);
    }

    [Fact]
    public void Write_IsTheExactCanonicalText()
    {
        SampleDocument document = Format.Read(ValidJson).GetValueOrThrow();

        Assert.Equal(ValidJson.ReplaceLineEndings("\n"), Format.WriteToString(document));
    }

    [Fact]
    public void Write_SameValue_SameBytes()
    {
        SampleDocument document = Format.Read(ValidJson).GetValueOrThrow();

        Assert.Equal(Format.Write(document), Format.Write(Format.Read(Format.Write(document)).GetValueOrThrow()));
    }

    [Fact]
    public void Read_DocumentWithManyProblems_ReportsEveryOneWithPathAndCode()
    {
        const string json = """
            {
              "schemaVersion": "1.0",
              "commune": "40000",
              "structure": "22400001800017",
              "since": "2021-02-30",
              "kind": "session-titles",
              "colour": "blue",
              "items": [
                { "name": "Accueil", "hours": "35" },
                { "name": null, "hours": 7, "postalCode": "4000", "extra": 1 },
                { "hours": 7, "child": { "name": "x", "hours": 1, "child": { "name": 3, "hours": 1 } } }
              ],
              "note": "a",
              "note": "b"
            }
            """;

        ReadResult<SampleDocument> result = Format.Read(json);

        Assert.Null(result.Value);
        Assert.False(result.Succeeded);
        var found = result.Report.Problems.Select(p => (p.Path, p.Code)).ToHashSet();
        (string, string)[] expected =
        [
            ("commune", IdentifierProblemCodes.InseeCodeRange),
            ("structure", IdentifierProblemCodes.SiretChecksum),
            ("since", JsonProblemCodes.InvalidDate),
            ("kind", JsonProblemCodes.UnknownEnumValue),
            ("colour", JsonProblemCodes.UnknownProperty),
            ("items[0].hours", JsonProblemCodes.WrongType),
            ("items[1].name", JsonProblemCodes.NullNotAllowed),
            ("items[1].postalCode", IdentifierProblemCodes.PostalCodeFormat),
            ("items[1].extra", JsonProblemCodes.UnknownProperty),
            ("items[2].name", JsonProblemCodes.MissingProperty),
            ("items[2].child.child.name", JsonProblemCodes.WrongType),
            ("note", JsonProblemCodes.DuplicateProperty),
        ];
        Assert.Equal(expected.ToHashSet(), found);
        Assert.Equal(expected.Length, result.Report.Problems.Count);
    }

    [Fact]
    public void Read_MalformedJson_ReportsLineAndPosition()
    {
        ReadResult<SampleDocument> result = Format.Read("{\n  \"schemaVersion\": \"1.0\",\n  \"commune\": 40192,,\n}");

        Problem problem = Assert.Single(result.Report.Problems);
        Assert.Equal(JsonProblemCodes.Malformed, problem.Code);
        Assert.Equal("3", problem.Arguments["line"]);
    }

    [Theory]
    [InlineData("", JsonProblemCodes.Malformed)]
    [InlineData("{\"schemaVersion\": \"1.0\", \"items\": [", JsonProblemCodes.Malformed)]
    [InlineData("[]", JsonProblemCodes.WrongType)]
    [InlineData("{}", JsonProblemCodes.MissingSchemaVersion)]
    [InlineData("{\"schemaVersion\": 1}", JsonProblemCodes.WrongType)]
    [InlineData("{\"schemaVersion\": \"2.0\"}", JsonProblemCodes.UnsupportedSchemaVersion)]
    public void Read_DocumentLevelProblems(string json, string code)
    {
        ReadResult<SampleDocument> result = Format.Read(json);

        Assert.Equal(code, Assert.Single(result.Report.Problems).Code);
    }

    [Fact]
    public void Read_TooDeep_IsReported()
    {
        string json = "{\"schemaVersion\":\"1.0\",\"note\":" + new string('[', 100) + new string(']', 100) + "}";

        Assert.Equal(JsonProblemCodes.TooDeep, Assert.Single(Format.Read(json).Report.Problems).Code);
    }

    [Fact]
    public void Read_OlderReadableVersion_IsAccepted()
    {
        var format = new JsonDocumentFormat<SampleDocument>("sample", "1.1", TestJsonContext.Default.SampleDocument, readableVersions: ["1.0"]);

        Assert.True(format.Read(ValidJson).Succeeded);
        Assert.Equal(["1.1", "1.0"], format.ReadableVersions);
    }

    [Fact]
    public void Read_FromStream_GivesTheSameResult()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ValidJson));

        Assert.True(Format.Read(stream).Succeeded);
    }

    [Fact]
    public void Read_WithValidator_KeepsTheUnvalidatedValueBesideItsProblemsButGivesNoValue()
    {
        var validator = new SampleValidator();
        var format = new JsonDocumentFormat<SampleDocument>("sample", "1.0", TestJsonContext.Default.SampleDocument, validator);

        ReadResult<SampleDocument> result = format.Read(ValidJson.Replace("\"hours\": 35", "\"hours\": -1", StringComparison.Ordinal));

        Assert.Null(result.Value);
        Assert.False(result.TryGetValue(out SampleDocument? value));
        Assert.Null(value);
        Assert.Equal(-1, result.UnvalidatedValue?.Items[0].Hours);
        Assert.False(result.Succeeded);
        Assert.Throws<ProblemException>(result.GetValueOrThrow);
        Problem problem = Assert.Single(result.Report.Problems);
        Assert.Equal("items[0].hours", problem.Path);
        Assert.Equal(JsonProblemCodes.InvalidValue, problem.Code);
    }

    [Fact]
    public void EnumNames_AreStableKebabCase() =>
        Assert.Equal(["session-titre", "session-ccp", "vae"], StableEnumNames.GetAllowedNames<SampleKind>());

    private sealed class SampleValidator : AbstractValidator<SampleDocument>
    {
        public SampleValidator() =>
            RuleForEach(d => d.Items).ChildRules(item =>
                item.RuleFor(i => i.Hours).GreaterThanOrEqualTo(0).WithErrorCode(JsonProblemCodes.InvalidValue));
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","hours":2,"minutes":5}""", "minutes")]
    [InlineData("""{"schemaVersion":"1.0","hours":2,"other":5}""", "other")]
    public void ComputedOrUnknownMember_IsRefused_EvenWhenTheContextSkipsUnmappedMembers(string json, string member)
    {
        var format = new JsonDocumentFormat<ComputedSampleDocument>("computed", "1.0", LenientTestJsonContext.Default.ComputedSampleDocument);

        ReadResult<ComputedSampleDocument> read = format.Read(json);

        Assert.Null(read.Value);
        Problem problem = Assert.Single(read.Report.Problems);
        Assert.Equal((JsonProblemCodes.UnknownProperty, member), (problem.Code, problem.Path));
        Assert.Equal(120, format.Read("""{"schemaVersion":"1.0","hours":2}""").Value!.Minutes);
        Assert.Contains("\"minutes\": 120", format.WriteToString(new ComputedSampleDocument { Hours = 2 }), StringComparison.Ordinal);
    }
}

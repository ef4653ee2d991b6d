using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Fuzzing;
using Landes.Inclusion.Network;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Testing.Certification;
using Landes.Inclusion.Testing.Network;
using Landes.Inclusion.Testing.Territory;
using Landes.Inclusion.Testing.Training;
using Landes.Inclusion.Tests.Infrastructure;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Tests.Robustness;

/// <summary>
/// The reader ⇔ schema property (issue 10), for every JSON document kind: a generated or seed document, with one to
/// three hostile edits at generated places (a null, a padded or cut string, a value of another type, a negative or
/// huge number, a member removed), is either refused by the reader or valid against its published JSON Schema, and
/// what the reader accepts writes back to the same bytes. The oracle is the fuzzing harness's (FuzzTargets).
/// </summary>
public sealed class ReaderSchemaPropertyTests
{
    private static readonly LocalDate AsOf = new(2024, 6, 30);

    private static readonly IReadOnlyList<FuzzTarget> Targets = FuzzTargets.Create(RepositoryFiles.PathOf("docs/schemas"));

    // The hostile values an edit puts in place of a node (null first: the class the campaigns found most).
    private static readonly Func<JsonNode?, JsonNode?>[] Hostile =
    [
        _ => null,
        _ => null,
        n => n is JsonValue v && v.TryGetValue(out string? s) ? JsonValue.Create(" " + s) : JsonValue.Create(" 40192"),
        n => n is JsonValue v && v.TryGetValue(out string? s) ? JsonValue.Create(s + "\u2028") : JsonValue.Create("244000659\u2028"),
        _ => JsonValue.Create(string.Empty),
        _ => JsonValue.Create(-1),
        _ => JsonValue.Create(0),
        _ => JsonValue.Create(1e300),
        _ => JsonValue.Create(2.5),
        _ => JsonValue.Create(true),
        _ => new JsonArray(),
        _ => new JsonObject(),
        _ => JsonValue.Create(new string('x', 300)),
        _ => JsonValue.Create("2024-02-30"),
    ];

    private static readonly string[] KindNames =
        ["catalog", "record", "evaluation", "programme", "enrolments", "places", "coverage-result", "network", "network-report", "validation-report"];

    public static TheoryData<string> Kinds() => [.. KindNames];

    [Fact]
    public void EveryJsonDocumentKind_IsCovered() =>
        Assert.Equal(Targets.Where(t => t.Json).Select(t => t.Name).Order(StringComparer.Ordinal), KindNames.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EditedDocument_IsRefusedOrValidAgainstItsSchema(string kind)
    {
        FuzzTarget target = Targets.Single(t => t.Name == kind);
        Gen<byte[]> documents = Generated(kind) is { } generated
            ? Gen.Frequency((1, Gen.Elements(target.Seeds.ToArray())), (2, generated))
            : Gen.Elements(target.Seeds.ToArray());
        Gen<(int Node, int Value)> edit = Gen.Zip(Gen.Choose(0, 100_000), Gen.Choose(0, Hostile.Length)); // Value == Length: remove.
        Gen<(byte[] Document, (int Node, int Value)[] Edits)> cases = Gen.Zip(documents, Gen.ArrayOf(edit, 3).Select(e => e[..(1 + (e[0].Node % 3))]));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(120).WithQuietOnSuccess(true), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var applied = new List<string>();
            byte[] input = Apply(c.Document, c.Edits, applied);
            Fuzzing.Outcome outcome = target.Run(input);
            Assert.True(outcome.Failure is null, $"{outcome.Failure}\nedits: {string.Join("; ", applied)}\n{Encoding.UTF8.GetString(input)}");
        }));
    }

    // Each edit picks a node (by its rank in document order, modulo their number) and replaces it or removes it.
    private static byte[] Apply(byte[] document, (int Node, int Value)[] edits, List<string> applied)
    {
        JsonNode root = JsonNode.Parse(document)!;
        foreach ((int nodeRank, int value) in edits)
        {
            List<JsonNode> nodes = [.. Descendants(root)];
            if (nodes.Count == 0)
            {
                break;
            }

            JsonNode node = nodes[nodeRank % nodes.Count];
            JsonNode? parent = node.Parent;
            if (value == Hostile.Length)
            {
                applied.Add(node.GetPath() + " removed");
                Remove(parent!, node);
                continue;
            }

            JsonNode? replacement = Hostile[value](node);
            applied.Add($"{node.GetPath()} = {replacement?.ToJsonString() ?? "null"}");
            switch (parent)
            {
                case JsonObject obj:
                    obj[node.GetPropertyName()] = replacement;
                    break;
                case JsonArray array:
                    array[node.GetElementIndex()] = replacement;
                    break;
            }
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static void Remove(JsonNode parent, JsonNode node)
    {
        if (parent is JsonObject obj)
        {
            obj.Remove(node.GetPropertyName());
        }
        else if (parent is JsonArray array)
        {
            array.RemoveAt(node.GetElementIndex());
        }
    }

    // Every node below the root (never the root itself, never schemaVersion: a version edit is the version check's business).
    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Where(p => p.Key != "schemaVersion" || !ReferenceEquals(obj, node.Root)).Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (JsonNode? child in children)
        {
            if (child is null)
            {
                continue;
            }

            yield return child;
            foreach (JsonNode below in Descendants(child))
            {
                yield return below;
            }
        }
    }

    // Documents written by the library from the Testing package's generators, where a generator of the kind exists.
    private static Gen<byte[]>? Generated(string kind) => kind switch
    {
        "catalog" => CertificationGenerators.Catalog.Select(CertificationJson.Catalog.Write),
        "record" => CertificationGenerators.ValidRecord(CertificationCatalog.Default.Titles[0]).Select(CertificationJson.Record.Write),
        "evaluation" => CertificationGenerators.ValidRecord(CertificationCatalog.Default.Titles[0]).Select(r =>
            CertificationJson.Evaluation.Write(CertificationEvaluationDocument.From(CertificationEngine.Default.Evaluate(r, CertificationCatalog.Default.Titles[0].Id, AsOf)))),
        "programme" => TrainingGenerators.Programme.Select(TrainingJson.Programme.Write),
        "enrolments" => Gen.ListOf(TrainingGenerators.Enrolment, 3).Select(e => TrainingJson.Enrolments.Write(new EnrolmentsDocument { Enrolments = [.. e] })),
        "places" => TerritoryGenerators.Places.Select(p => TerritoryJson.Places.Write(new PlacesDocument { Places = p })),
        "coverage-result" => TerritoryGenerators.Places.Select(p => TerritoryJson.CoverageResult.Write(new CoverageAnalyzer().Analyze(TerritorySelection.Landes, p))),
        "network" => NetworkGenerators.Network.Select(NetworkJson.Network.Write),
        "network-report" => NetworkGenerators.Network.Select(n => NetworkJson.Report.Write(new NetworkReporter().Build(n, AsOf))),
        _ => null,
    };
}

using System.Text.Json;
using Json.Schema;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Network;

/// <summary>
/// The network and network-report schemas, built against a private registry that also holds the schemas the network
/// document refers to by <c>$id</c> (places, training enrolments, candidate record).
/// </summary>
internal static class NetworkSchemas
{
    private static readonly BuildOptions Options = CreateOptions();

    public static JsonSchema Network { get; } = Load("network");

    public static JsonSchema Report { get; } = Load("network-report");

    public static EvaluationResults Evaluate(JsonSchema schema, string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    public static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")).Take(20));

    private static BuildOptions CreateOptions()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        foreach (string name in new[] { "places", "training-enrolments", "candidate-record" })
        {
            options.SchemaRegistry.Register(JsonSchema.FromText(RepositoryFiles.ReadAllText($"docs/schemas/{name}.schema.json"), options));
        }

        return options;
    }

    private static JsonSchema Load(string name) =>
        JsonSchema.FromText(RepositoryFiles.ReadAllText($"docs/schemas/{name}.schema.json"), Options);
}

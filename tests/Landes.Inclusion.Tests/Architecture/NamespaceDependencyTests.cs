using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Landes.Inclusion.Tests.Architecture;

/// <summary>
/// The namespaces of the core library and the cycles between them. The target (issue 13) is a graph without cycles;
/// until the reshaping lands, the cycles that exist are listed here as known debt, so that any new cycle, or a
/// known one that grows, fails the build. When a cycle is removed, remove it here and in docs/architecture.md.
/// </summary>
public sealed class NamespaceDependencyTests
{
    private static readonly Assembly Library = typeof(Landes.Inclusion.Diagnostics.Problem).Assembly;

    // Each known cycle: the namespaces (without the "Landes.Inclusion." prefix) of one strongly connected component.
    private static readonly string[][] KnownCycles =
    [
        // Diagnostics lists every module's problem definitions, and module files declare namespace Diagnostics;
        // Json lists every module's documents in one context and Identifiers and Json use each other.
        ["Diagnostics", "Identifiers", "Json", "Schedules", "Territory", "Training", "Validation"],
        // PlaceInterop (Interop) uses the formats, which use Interop's problems and read result.
        ["Interop", "Interop.Csv", "Interop.FranceServices", "Interop.LieuxMediation"],
    ];

    [Fact]
    public void Namespaces_HaveNoCycleBeyondTheKnownDebt()
    {
        IReadOnlyDictionary<string, HashSet<string>> graph = DependencyGraph();

        string[] cycles = [.. StronglyConnected(graph).Where(c => c.Count > 1).Select(Describe).Order(StringComparer.Ordinal)];

        Assert.True(cycles.SequenceEqual(KnownCycles.Select(c => Describe([.. c])).Order(StringComparer.Ordinal)), "Cycles: " + string.Join(" | ", cycles));
    }

    [Fact]
    public void DependencyInjection_IsTheOnlyNamespaceThatUsesIt()
    {
        IReadOnlyDictionary<string, HashSet<string>> graph = DependencyGraph();

        Assert.DoesNotContain(graph, pair => pair.Value.Contains("DependencyInjection"));
    }

    private static Dictionary<string, HashSet<string>> DependencyGraph()
    {
        Dictionary<string, string[]> typesByNamespace = Library.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("Landes.Inclusion", StringComparison.Ordinal) && !t.IsNested
                && !t.Name.StartsWith('<'))
            .GroupBy(t => t.Namespace!)
            .ToDictionary(g => g.Key, g => g.Select(t => t.FullName!).ToArray(), StringComparer.Ordinal);
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (string from in typesByNamespace.Keys)
        {
            graph[Short(from)] = [];
            foreach ((string to, string[] targets) in typesByNamespace)
            {
                if (to != from && Types.InAssembly(Library).That().ResideInNamespaceMatching("^" + Regex.Escape(from) + "$")
                        .And().HaveDependencyOnAny(targets).GetTypes().Any())
                {
                    graph[Short(from)].Add(Short(to));
                }
            }
        }

        return graph;
    }

    private static string Short(string ns) => ns == "Landes.Inclusion" ? "(root)" : ns["Landes.Inclusion.".Length..];

    private static string Describe(IReadOnlyCollection<string> component) => string.Join(" ↔ ", component.Order(StringComparer.Ordinal));

    // Tarjan's algorithm: the strongly connected components of the graph.
    private static List<List<string>> StronglyConnected(IReadOnlyDictionary<string, HashSet<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<List<string>>();
        int next = 0;

        void Visit(string node)
        {
            index[node] = low[node] = next++;
            stack.Push(node);
            onStack.Add(node);
            foreach (string target in graph.TryGetValue(node, out HashSet<string>? targets) ? targets : [])
            {
                if (!index.TryGetValue(target, out int targetIndex))
                {
                    Visit(target);
                    low[node] = Math.Min(low[node], low[target]);
                }
                else if (onStack.Contains(target))
                {
                    low[node] = Math.Min(low[node], targetIndex);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (string node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return components;
    }
}

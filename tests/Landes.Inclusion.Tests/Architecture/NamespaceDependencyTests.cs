using System.Reflection;
using System.Text.RegularExpressions;
using Landes.Inclusion.Tests.Infrastructure;
using NetArchTest.Rules;

namespace Landes.Inclusion.Tests.Architecture;

/// <summary>
/// The namespaces of the core library form a graph without cycles that follows the folders: <c>Diagnostics</c> is a
/// leaf, the JSON infrastructure knows no domain module, and only the root namespace (the composition root:
/// <c>ProblemCatalog</c>, <c>LandesJson</c>) and <c>DependencyInjection</c> see every module. The graph is computed
/// from the compiled library (NetArchTest), so a new dependency that closes a cycle fails the build.
/// </summary>
public sealed class NamespaceDependencyTests
{
    private static readonly Assembly Library = typeof(Landes.Inclusion.Diagnostics.Problem).Assembly;

    [Fact]
    public void Namespaces_HaveNoCycle()
    {
        IReadOnlyDictionary<string, HashSet<string>> graph = DependencyGraph();

        string[] cycles = [.. StronglyConnected(graph).Where(c => c.Count > 1).Select(Describe).Order(StringComparer.Ordinal)];

        Assert.True(cycles.Length == 0, "Cycles: " + string.Join(" | ", cycles));
    }

    [Fact]
    public void Diagnostics_IsALeaf() =>
        Assert.Empty(DependencyGraph()["Diagnostics"]);

    [Fact]
    public void JsonInfrastructure_UsesNoDomainModule() =>
        Assert.True(DependencyGraph()["Json"].IsSubsetOf(["Diagnostics", "Validation"]), string.Join(", ", DependencyGraph()["Json"]));

    [Fact]
    public void Graph_IsTheOneDrawnInTheArchitecturePage()
    {
        // docs/architecture.md draws each namespace's direct dependencies; a change to the graph updates the page.
        IReadOnlyDictionary<string, HashSet<string>> graph = DependencyGraph();
        string page = File.ReadAllText(RepositoryFiles.PathOf("docs/architecture.md"));

        string[] missing = [.. graph.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(pair => $"| `{pair.Key}` | {(pair.Value.Count == 0 ? "—" : string.Join(", ", pair.Value.Order(StringComparer.Ordinal).Select(n => $"`{n}`")))} |")
            .Where(row => !page.Contains(row, StringComparison.Ordinal))];

        Assert.True(missing.Length == 0, "Rows to write in docs/architecture.md:\n" + string.Join("\n", missing));
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

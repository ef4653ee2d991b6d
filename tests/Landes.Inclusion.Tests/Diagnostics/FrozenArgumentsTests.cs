using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Diagnostics;

// A problem's arguments, once made, read like the sorted read-only dictionary they replaced.
public sealed class FrozenArgumentsTests
{
    [Fact]
    public void Arguments_AreSortedByName_AndLookedUpByExactName()
    {
        var problem = new Problem(CsvProblemDefinitionsProbe.Any, "rows[0]", new Dictionary<string, string> { ["value"] = "b", ["column"] = "a", ["Max"] = "c" });

        Assert.Equal(["Max", "column", "value"], problem.Arguments.Keys);
        Assert.Equal(["c", "a", "b"], problem.Arguments.Values);
        Assert.Equal(3, problem.Arguments.Count);
        Assert.Equal("a", problem.Arguments["column"]);
        Assert.True(problem.Arguments.ContainsKey("value"));
        Assert.False(problem.Arguments.TryGetValue("max", out _));
        Assert.Throws<KeyNotFoundException>(() => problem.Arguments["other"]);
        Assert.Equal([new("Max", "c"), new("column", "a"), new KeyValuePair<string, string>("value", "b")], problem.Arguments);
        Assert.Empty(new Problem(CsvProblemDefinitionsProbe.Any, "rows[0]", arguments: null).Arguments);
    }

    [Fact]
    public void AnyArguments_ReadBackAsGiven_ValuesQuoted() =>
        Properties.ForAll(FsCheck.Fluent.Gen.Zip(Text.ArrayOf(), Text.ArrayOf()), c =>
        {
            Dictionary<string, string> given = c.Item1.Where(k => k is not null).Distinct(StringComparer.Ordinal)
                .Select((k, i) => (k, v: i < c.Item2.Length ? c.Item2[i] ?? string.Empty : string.Empty)).ToDictionary(p => p.k, p => p.v, StringComparer.Ordinal);
            IReadOnlyDictionary<string, string> frozen = new Problem(CsvProblemDefinitionsProbe.Any, string.Empty, given).Arguments;

            Assert.Equal(given.Keys.Order(StringComparer.Ordinal), frozen.Keys);
            Assert.All(given, p => Assert.Equal(InputLimits.Quote(p.Value), frozen[p.Key]));
        });

    private static FsCheck.Gen<string> Text =>
        FsCheck.Fluent.Gen.Elements("a", "A", "b", "é", "value", "Value", "", " x ", "\u0007", new string('z', 300)).ArrayOf().Select(string.Concat);

    private static class CsvProblemDefinitionsProbe
    {
        public static ProblemDefinition Any => ProblemCatalog.All[0];
    }
}

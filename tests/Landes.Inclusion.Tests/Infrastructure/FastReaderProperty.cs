using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck;
using FsCheck.Fluent;

namespace Landes.Inclusion.Tests.Infrastructure;

/// <summary>
/// The property every hand-written reader of the strict documents' fast path must hold: whatever the text of an
/// object, it gives what the source-generated metadata gives, the same object or a refusal.
/// </summary>
internal static class FastReaderProperty
{
    /// <summary>Checks the reader on objects made of the given member names and values.</summary>
    /// <param name="fast">The hand-written reader.</param>
    /// <param name="metadata">The options of the metadata it stands in for.</param>
    /// <param name="names">Member names: the object's own, then wrong ones.</param>
    /// <param name="values">Member values, as JSON texts.</param>
    /// <param name="own">For each of the object's own members, the values of its kind (indexes into <paramref name="values"/>), so that many objects read.</param>
    /// <param name="show">The object as text, to compare what was read.</param>
    public static void ReadsAsTheMetadata<T>(JsonConverter<T> fast, JsonSerializerOptions metadata, string[] names, string[] values, int[][] own, Func<T, string> show)
    {
        var withReader = new JsonSerializerOptions(metadata) { Converters = { fast } };
        Gen<(int Name, int Value)[]> members = Gen.Zip(Gen.Choose(0, names.Length - 1), Gen.Choose(0, values.Length - 1)).ArrayOf();
        Gen<(int Name, int Value)[]> likely = Gen.Zip(Gen.Choose(0, 9).ArrayOf(own.Length), Gen.Choose(0, 99).ArrayOf(own.Length)).Select(c => c.Item1
            .Select((k, i) => (Name: i, Value: k < 8 ? own[i][c.Item2[i] % own[i].Length] : c.Item2[i] % values.Length, Keep: k < 9))
            .Where(m => m.Keep).Select(m => (m.Name, m.Value)).ToArray());
        Gen<string> texts = Gen.Frequency((1, members), (4, likely))
            .Select(m => "[{" + string.Join(",", m.Select(p => $"\"{names[p.Item1]}\":{values[p.Item2]}")) + "}]");

        int read = 0;
        Properties.ForAll(texts, json =>
        {
            string expected = Outcome(json, metadata, show);
            Assert.Equal(expected, Outcome(json, withReader, show));
            read += expected.StartsWith("read", StringComparison.Ordinal) ? 1 : 0;
        });
        Assert.True(read >= 5, $"{read} objects read");
    }

    private static string Outcome<T>(string json, JsonSerializerOptions options, Func<T, string> show)
    {
        try
        {
            return "read " + show(JsonSerializer.Deserialize<IReadOnlyList<T>>(json, options)![0]);
        }
        catch (JsonException)
        {
            return "refused";
        }
    }
}

using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Network;
using Landes.Inclusion.Testing.Network;
using Landes.Inclusion.Tests.Infrastructure;
using Landes.Inclusion.Training;

namespace Landes.Inclusion.Tests.Training;

// The strict documents read training sessions with a hand-written reader on their fast path. Whatever the text of a
// session, it must give what the source-generated metadata gives: the same session, or a refusal (a refusal where
// the metadata reads would turn a valid document into an error; a reading where it refuses would let a bad one by).
public sealed class TrainingSessionReaderTests
{
    private static readonly JsonSerializerOptions Metadata = TrainingJsonContext.Default.Options;

    private static readonly JsonSerializerOptions WithReader = new(TrainingJsonContext.Default.Options) { Converters = { new TrainingSessionReader() } };

    private static readonly string[] Names = ["date", "minutes", "kind", "startTime", "Date", "duration", "date"];

    private static readonly string[] Values =
    [
        "\"2024-01-02\"", "\"2024-02-30\"", "\"1899-01-01\"", "\"2024-1-2\"", "\"2024-01-0\\u0032\"", "60", "-5", "60.0", "1e2", "2147483648", "\"60\"",
        "\"in-centre\"", "\"stage\"", "\"remote\"", "\"InCentre\"", "2", "\"09:00\"", "\"9:00\"", "\"09:00:30\"", "\"25:00\"", "null", "true", "[]", "{}",
    ];

    [Fact]
    public void AnySessionText_ReadsAsTheMetadataReadsIt()
    {
        Gen<(int Name, int Value)[]> members = Gen.Zip(Gen.Choose(0, Names.Length - 1), Gen.Choose(0, Values.Length - 1)).ArrayOf();
        // Mostly a value of the member's own kind (date, minutes, kind, start time), so that many sessions read.
        int[][] own = [[0, 0, 0, 0, 4, 1, 2, 3], [5, 5, 5, 5, 6, 7, 8, 9, 10], [11, 12, 13, 11, 12, 14, 15], [16, 16, 18, 20, 16, 17, 19]];
        Gen<(int Name, int Value)[]> likely = Gen.Zip(Gen.Choose(0, 9).ArrayOf(4), Gen.Choose(0, 99).ArrayOf(4)).Select(c => c.Item1
            .Select((k, i) => (Name: i, Value: k < 8 ? own[i][c.Item2[i] % own[i].Length] : c.Item2[i] % Values.Length, Keep: k < 9))
            .Where(m => m.Keep).Select(m => (m.Name, m.Value)).ToArray());
        Gen<string> sessions = Gen.Frequency((1, members), (4, likely))
            .Select(m => "[{" + string.Join(",", m.Select(p => $"\"{Names[p.Item1]}\":{Values[p.Item2]}")) + "}]");

        int read = 0;
        Properties.ForAll(sessions, json =>
        {
            string expected = Outcome(json, Metadata);
            Assert.Equal(expected, Outcome(json, WithReader));
            read += expected.StartsWith("read", StringComparison.Ordinal) ? 1 : 0;
        });
        Assert.True(read >= 5, $"{read} sessions read");
    }

    [Fact]
    public void NationalNetwork_ReadsTheSameWithAndWithoutTheReader()
    {
        NetworkDocument network = NetworkGenerators.NetworkOf(Landes.Inclusion.Identifiers.DepartementCode.Landes, 20, 60, 10).Sample(1, new FsCheck.Rnd(11), 1)[0];
        byte[] json = NetworkJson.Network.Write(network);
        var plain = new Landes.Inclusion.Json.JsonDocumentFormat<NetworkDocument>("network", NetworkDocument.CurrentSchemaVersion, NetworkJsonContext.Default.NetworkDocument);

        NetworkDocument fast = NetworkJson.Network.Read(json).Value!;

        Assert.True(fast.Advisors.Sum(a => a.Training?.Sessions.Count ?? 0) > 100);
        Assert.Equal(json, NetworkJson.Network.Write(fast));
        Assert.Equal(json, NetworkJson.Network.Write(plain.Read(json).Value!));
    }

    private static string Outcome(string json, JsonSerializerOptions options)
    {
        try
        {
            TrainingSession session = JsonSerializer.Deserialize<IReadOnlyList<TrainingSession>>(json, options)![0];
            return $"read {session.Date} {session.Minutes} {session.Kind} {session.StartTime}";
        }
        catch (JsonException)
        {
            return "refused";
        }
    }
}

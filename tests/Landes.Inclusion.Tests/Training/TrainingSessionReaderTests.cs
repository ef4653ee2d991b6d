using System.Text.Json;
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

    private static readonly string[] Names = ["date", "minutes", "kind", "startTime", "Date", "duration", "date"];

    private static readonly string[] Values =
    [
        "\"2024-01-02\"", "\"2024-02-30\"", "\"1899-01-01\"", "\"2024-1-2\"", "\"2024-01-0\\u0032\"", "60", "-5", "60.0", "1e2", "2147483648", "\"60\"",
        "\"in-centre\"", "\"stage\"", "\"remote\"", "\"InCentre\"", "2", "\"09:00\"", "\"9:00\"", "\"09:00:30\"", "\"25:00\"", "null", "true", "[]", "{}",
    ];

    [Fact]
    public void AnySessionText_ReadsAsTheMetadataReadsIt() =>
        FastReaderProperty.ReadsAsTheMetadata(
            new TrainingSessionReader(),
            Metadata,
            Names,
            Values,
            // Mostly a value of the member's own kind (date, minutes, kind, start time), so that many sessions read.
            [[0, 0, 0, 0, 4, 1, 2, 3], [5, 5, 5, 5, 6, 7, 8, 9, 10], [11, 12, 13, 11, 12, 14, 15], [16, 16, 18, 20, 16, 17, 19]],
            session => $"{session.Date} {session.Minutes} {session.Kind} {session.StartTime}");

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
}

using System.Text.Json.Serialization;
using Landes.Inclusion.Network;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Network;

// The network document reads contracts and assignments with hand-written readers on its fast path. Whatever their
// text, they must give what the source-generated metadata gives: the same object, or a refusal.
public sealed class ContractAndAssignmentReaderTests
{
    private static readonly string[] Values =
    [
        "\"2024-01-02\"", "\"2024-02-30\"", "\"1899-01-01\"", "\"2024-1-2\"", "\"2024-01-0\\u0032\"", "null", "true", "false", "[]", "{}", "60",
        "\"cdd\"", "\"cdi\"", "\"Cdd\"", "\"interim\"", "\"s-1\"", "\"\"", "\"\\u0073-1\"", "0", "\"true\"",
    ];

    [Fact]
    public void AnyContractText_ReadsAsTheMetadataReadsIt() =>
        ReadsAsTheMetadata(
            new EmploymentContractReader(),
            ["kind", "structureId", "start", "end", "partTime", "Kind", "\\u006bind", "other"],
            [[11, 12, 13, 14, 11, 12], [15, 16, 17, 5, 18, 15], [0, 0, 1, 2, 3, 4, 5], [0, 5, 5, 1, 0], [6, 7, 5, 19, 18]],
            c => $"{c.Kind} {c.StructureId} {c.Start} {c.End} {c.PartTime}");

    [Fact]
    public void AnyAssignmentText_ReadsAsTheMetadataReadsIt() =>
        ReadsAsTheMetadata(
            new PlaceAssignmentReader(),
            ["placeId", "from", "until", "PlaceId", "\\u0066rom", "to"],
            [[15, 16, 17, 5, 18, 15], [0, 0, 1, 2, 3, 4, 5], [0, 5, 5, 1, 0]],
            a => $"{a.PlaceId} {a.From} {a.Until}");

    private static void ReadsAsTheMetadata<T>(JsonConverter<T> fast, string[] names, int[][] own, Func<T, string> show) =>
        FastReaderProperty.ReadsAsTheMetadata(fast, NetworkJsonContext.Default.Options, names, Values, own, show);
}

using System.Text.Json;
using Landes.Inclusion.Json;
using NodaTime;

namespace Landes.Inclusion.Network;

/// <summary>
/// Reads a <see cref="PlaceAssignment"/> on the fast path of the library's strict documents, as
/// <see cref="EmploymentContractReader"/> reads contracts: what the metadata reads, to the same value, and a refusal
/// for what it refuses.
/// </summary>
/// <remarks>Read-only: documents are written with the metadata. Stateless and thread-safe.</remarks>
internal sealed class PlaceAssignmentReader : FastPathReader<PlaceAssignment>
{
    private const string What = "a place assignment";
    private const int PlaceId = 1;
    private const int From = 2;
    private const int Required = PlaceId | From;

    private static readonly byte[][] Names = ["placeId"u8.ToArray(), "from"u8.ToArray(), "until"u8.ToArray()];

    /// <inheritdoc />
    public override PlaceAssignment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        MemberReading.Start(ref reader, What);
        string placeId = string.Empty;
        LocalDate from = default;
        LocalDate? until = null;
        int seen = 0;
        while (MemberReading.NextMember(ref reader, out int member, ref seen, Names, What))
        {
            switch (member)
            {
                case PlaceId:
                    placeId = MemberReading.Text(ref reader);
                    break;
                case From:
                    from = MemberReading.Date(ref reader, options);
                    break;
                default:
                    until = MemberReading.NullableDate(ref reader, options);
                    break;
            }
        }

        MemberReading.End(ref reader, seen, Required, What);
        return new PlaceAssignment { PlaceId = placeId, From = from, Until = until };
    }
}

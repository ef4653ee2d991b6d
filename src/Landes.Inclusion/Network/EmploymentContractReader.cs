using System.Text.Json;
using Landes.Inclusion.Json;
using NodaTime;

namespace Landes.Inclusion.Network;

/// <summary>
/// Reads an <see cref="EmploymentContract"/> on the fast path of the library's strict documents, in place of the
/// source-generated metadata and its argument array and state per object (a national network holds one or more
/// contracts per advisor). It reads what the metadata reads, to the same value, and refuses what it refuses; the
/// document's walk, which uses the metadata, then reports every problem.
/// </summary>
/// <remarks>Read-only: documents are written with the metadata. Stateless and thread-safe.</remarks>
internal sealed class EmploymentContractReader : FastPathReader<EmploymentContract>
{
    private const string What = "an employment contract";
    private const int Kind = 1;
    private const int StructureId = 2;
    private const int Start = 4;
    private const int End = 8;
    private const int Required = Kind | StructureId | Start;

    private static readonly byte[][] Names = ["kind"u8.ToArray(), "structureId"u8.ToArray(), "start"u8.ToArray(), "end"u8.ToArray(), "partTime"u8.ToArray()];
    private static readonly StableEnumJsonConverter<ContractKind> Kinds = new();

    /// <inheritdoc />
    public override EmploymentContract Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        MemberReading.Start(ref reader, What);
        ContractKind kind = default;
        string structureId = string.Empty;
        LocalDate start = default;
        LocalDate? end = null;
        bool partTime = false;
        int seen = 0;
        while (MemberReading.NextMember(ref reader, out int member, ref seen, Names, What))
        {
            switch (member)
            {
                case Kind:
                    kind = Kinds.Read(ref reader, typeof(ContractKind), options);
                    break;
                case StructureId:
                    structureId = MemberReading.Text(ref reader);
                    break;
                case Start:
                    start = MemberReading.Date(ref reader, options);
                    break;
                case End:
                    end = MemberReading.NullableDate(ref reader, options);
                    break;
                default:
                    partTime = MemberReading.Boolean(ref reader);
                    break;
            }
        }

        MemberReading.End(ref reader, seen, Required, What);
        return new EmploymentContract { Kind = kind, StructureId = structureId, Start = start, End = end, PartTime = partTime };
    }
}

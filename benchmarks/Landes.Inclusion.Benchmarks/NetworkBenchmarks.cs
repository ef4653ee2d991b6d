using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using FsCheck.Fluent;
using Landes.Inclusion.Json;
using Landes.Inclusion.Network;
using Landes.Inclusion.Testing.Network;

namespace Landes.Inclusion.Benchmarks;

/// <summary>
/// Reading a national-size network document (3,000 structures, 4,000 advisors with one to three contracts and
/// assignments each, half of them with an initial training enrolment of 15 to 60 sessions, a third of those with a
/// certification record; 3,000 places), generated once with a fixed seed and written with the library's writer.
/// Budgets (issue 6): read and validate ≤ 150 ms on one core; reading into the domain model at no less than half the
/// throughput of System.Text.Json reading the same bytes into plain DTOs (<see cref="Dto"/> is the baseline).
/// </summary>
[MemoryDiagnoser]
public class NetworkBenchmarks
{
    private static readonly JsonDocumentFormat<NetworkDocument> Unvalidated =
        new("network", NetworkDocument.CurrentSchemaVersion, NetworkJsonContext.Default.NetworkDocument) { ReadConverters = NetworkJson.FastReaders };

    private byte[] _json = [];

    /// <summary>Generates the network (seed 6) and serializes it once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        NetworkDocument network = NetworkGenerators.NationalNetwork.Sample(1, new FsCheck.Rnd(6), 1)[0];
        _json = NetworkJson.Network.Write(network);
        if (!NetworkJson.Network.Read(_json).Succeeded)
        {
            throw new InvalidOperationException("The generated network is not valid.");
        }
    }

    /// <summary>The baseline: System.Text.Json reading the bytes into plain DTOs (strings, numbers, booleans).</summary>
    /// <returns>The number of advisors read.</returns>
    [Benchmark(Baseline = true)]
    public int Dto() => JsonSerializer.Deserialize(_json, NetworkDtoContext.Default.NetworkDto)!.Advisors.Count;

    /// <summary>System.Text.Json reading the bytes into the domain model (value objects, NodaTime dates, stable enums), no validation.</summary>
    /// <returns>The number of advisors read.</returns>
    [Benchmark]
    public int Domain() => JsonSerializer.Deserialize(_json, NetworkJsonContext.Default.NetworkDocument)!.Advisors.Count;

    /// <summary>The library's reader without a validator: the schema version check, then the domain model.</summary>
    /// <returns>The number of advisors read.</returns>
    [Benchmark]
    public int ReadWithoutValidation() => Unvalidated.Read(_json).Value!.Advisors.Count;

    /// <summary>The library's reader with <see cref="NetworkValidator"/>: what a département's application calls.</summary>
    /// <returns>The number of problems found (0).</returns>
    [Benchmark]
    public int ReadAndValidate() => NetworkJson.Network.Read(_json).Report.Problems.Count;
}

/// <summary>The DTO context of the baseline: same JSON names as the library's (camelCase), source-generated.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(NetworkDto))]
internal sealed partial class NetworkDtoContext : JsonSerializerContext;

#pragma warning disable CA1812, SA1402, SA1649 // Instantiated by System.Text.Json; the DTOs mirror one document and belong together.

internal sealed class NetworkDto
{
    public string SchemaVersion { get; set; } = string.Empty;

    public string Departement { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Source { get; set; }

    public List<StructureDto> Structures { get; set; } = [];

    public List<PostDto> Posts { get; set; } = [];

    public List<AdvisorDto> Advisors { get; set; } = [];

    public List<PlaceDto> Places { get; set; } = [];

    public List<EventDto> Events { get; set; } = [];
}

internal sealed class StructureDto
{
    public string Id { get; set; } = string.Empty;

    public string Siret { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Sector { get; set; } = string.Empty;

    public string Commune { get; set; } = string.Empty;
}

internal sealed class PostDto
{
    public string Id { get; set; } = string.Empty;

    public string StructureId { get; set; } = string.Empty;

    public string OpenedOn { get; set; } = string.Empty;

    public string? ClosedOn { get; set; }
}

internal sealed class AdvisorDto
{
    public string Id { get; set; } = string.Empty;

    public NameDto Name { get; set; } = new();

    public string RecruitedOn { get; set; } = string.Empty;

    public string? LeftOn { get; set; }

    public string? PostId { get; set; }

    public List<ContractDto> Contracts { get; set; } = [];

    public List<AssignmentDto> Assignments { get; set; } = [];

    public EnrolmentDto? Training { get; set; }

    public RecordDto? Certification { get; set; }
}

internal sealed class NameDto
{
    public string Given { get; set; } = string.Empty;

    public string Family { get; set; } = string.Empty;
}

internal sealed class ContractDto
{
    public string Kind { get; set; } = string.Empty;

    public string StructureId { get; set; } = string.Empty;

    public string Start { get; set; } = string.Empty;

    public string? End { get; set; }

    public bool PartTime { get; set; }
}

internal sealed class AssignmentDto
{
    public string PlaceId { get; set; } = string.Empty;

    public string From { get; set; } = string.Empty;

    public string? Until { get; set; }
}

internal sealed class EnrolmentDto
{
    public string Id { get; set; } = string.Empty;

    public string PersonId { get; set; } = string.Empty;

    public string ProgrammeId { get; set; } = string.Empty;

    public string? Course { get; set; }

    public string? Funding { get; set; }

    public string InPostSince { get; set; } = string.Empty;

    public PositioningDto? Positioning { get; set; }

    public string? PathId { get; set; }

    public string? Provider { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public ExemptionDto? Exemption { get; set; }

    public string? Ccp1ObtainedOn { get; set; }

    public List<SessionDto> Sessions { get; set; } = [];

    public List<AbsenceDto> Absences { get; set; } = [];

    public List<SittingDto> ExamSittings { get; set; } = [];

    public List<ModuleDto> ContinuingModules { get; set; } = [];
}

internal sealed class PositioningDto
{
    public string Date { get; set; } = string.Empty;

    public string PathId { get; set; } = string.Empty;
}

internal sealed class ExemptionDto
{
    public string Reason { get; set; } = string.Empty;

    public string Evidence { get; set; } = string.Empty;

    public string CertifiedOn { get; set; } = string.Empty;

    public string DecidedOn { get; set; } = string.Empty;
}

internal sealed class SessionDto
{
    public string Date { get; set; } = string.Empty;

    public int Minutes { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string? StartTime { get; set; }
}

internal sealed class AbsenceDto
{
    public string Date { get; set; } = string.Empty;

    public int Minutes { get; set; }

    public string Justification { get; set; } = string.Empty;
}

internal sealed class SittingDto
{
    public string TargetId { get; set; } = string.Empty;

    public string Date { get; set; } = string.Empty;

    public string Outcome { get; set; } = string.Empty;
}

internal sealed class ModuleDto
{
    public string Module { get; set; } = string.Empty;

    public string Date { get; set; } = string.Empty;

    public int Hours { get; set; }
}

internal sealed class RecordDto
{
    public string SchemaVersion { get; set; } = string.Empty;

    public string? CandidateId { get; set; }

    public string? TrainingStart { get; set; }

    public List<ResultDto> Results { get; set; } = [];

    public List<RegistrationDto> Registrations { get; set; } = [];

    public List<AwardDto> TitleAwards { get; set; } = [];

    public List<CcsAwardDto> CcsAwards { get; set; } = [];
}

internal sealed class ResultDto
{
    public string Title { get; set; } = string.Empty;

    public int Block { get; set; }

    public string SessionDate { get; set; } = string.Empty;

    public string SessionKind { get; set; } = string.Empty;

    public bool Remote { get; set; }

    public bool Obtained { get; set; }

    public string? ProcesVerbal { get; set; }
}

internal sealed class RegistrationDto
{
    public string Title { get; set; } = string.Empty;

    public string RegisteredOn { get; set; } = string.Empty;

    public string SessionDate { get; set; } = string.Empty;
}

internal sealed class AwardDto
{
    public string Title { get; set; } = string.Empty;

    public string Date { get; set; } = string.Empty;

    public string? ProcesVerbal { get; set; }
}

internal sealed class CcsAwardDto
{
    public string Title { get; set; } = string.Empty;

    public string Ccs { get; set; } = string.Empty;

    public string Date { get; set; } = string.Empty;
}

internal sealed class PlaceDto
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Commune { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public bool Itinerant { get; set; }

    public int? Advisors { get; set; }

    public ScheduleDto? OpeningHours { get; set; }
}

internal sealed class ScheduleDto
{
    public List<string>? Monday { get; set; }

    public List<string>? Tuesday { get; set; }

    public List<string>? Wednesday { get; set; }

    public List<string>? Thursday { get; set; }

    public List<string>? Friday { get; set; }

    public List<string>? Saturday { get; set; }

    public List<string>? Sunday { get; set; }

    public string? Comment { get; set; }
}

internal sealed class EventDto
{
    public string Kind { get; set; } = string.Empty;

    public string Date { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;
}
#pragma warning restore CA1812, SA1402, SA1649

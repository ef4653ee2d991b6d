using System.Text.Json;
using System.Text.Json.Serialization;

namespace Landes.Inclusion.Json;

/// <summary>
/// The source-generated metadata of every document type, with the library's conventions. Internal: the public face is
/// <see cref="LandesJson"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    MaxDepth = LandesJson.MaxDepth,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(LocalDateJsonConverter), typeof(LocalTimeJsonConverter), typeof(FiniteDoubleJsonConverter)])]
[JsonSerializable(typeof(ValidationReportDocument))]
[JsonSerializable(typeof(Landes.Inclusion.Territory.PlacesDocument))]
[JsonSerializable(typeof(Landes.Inclusion.Territory.CoverageResult))]
[JsonSerializable(typeof(Landes.Inclusion.Certification.CertificationCatalog))]
[JsonSerializable(typeof(Landes.Inclusion.Certification.CandidateRecord))]
[JsonSerializable(typeof(Landes.Inclusion.Certification.CertificationEvaluationDocument))]
[JsonSerializable(typeof(Training.TrainingProgramme))]
[JsonSerializable(typeof(Training.EnrolmentsDocument))]
[JsonSerializable(typeof(Network.NetworkDocument))]
[JsonSerializable(typeof(Network.NetworkReport))]
internal sealed partial class LandesJsonContext : JsonSerializerContext;

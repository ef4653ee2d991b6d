using System.Text.Json.Serialization;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Training;

/// <summary>Who pays for a training (R9: one paid initial training per advisor). In JSON: <c>programme</c>, <c>other</c>.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<TrainingFunding>))]
public enum TrainingFunding
{
    /// <summary>The programme pays (the default): it counts as the advisor's one paid initial training.</summary>
    Programme = 0,

    /// <summary>Another funder pays (the employer, the advisor): it does not count towards R9's limit.</summary>
    Other = 1,
}

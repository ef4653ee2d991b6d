using System.Text.Json.Serialization;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Network;

/// <summary>Kinds of network events. In JSON: <c>network-meeting</c>, <c>steering-committee</c>, <c>training-day</c>, <c>other</c>.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<NetworkEventKind>))]
public enum NetworkEventKind
{
    /// <summary>A meeting of the network's advisors (the Landes network meets in May).</summary>
    NetworkMeeting = 0,

    /// <summary>The steering committee (comité de pilotage; the Landes holds it in July).</summary>
    SteeringCommittee = 1,

    /// <summary>A collective training day.</summary>
    TrainingDay = 2,

    /// <summary>Any other event.</summary>
    Other = 3,
}

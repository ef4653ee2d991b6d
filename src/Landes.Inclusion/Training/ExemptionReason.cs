using System.Text.Json.Serialization;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Training;

/// <summary>What grounds an exemption from initial training (R8). In JSON: <c>holds-ccp1</c>, <c>holds-title</c>.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<ExemptionReason>))]
public enum ExemptionReason
{
    /// <summary>The advisor held the CCP1 of the targeted title at recruitment.</summary>
    HoldsCcp1 = 0,

    /// <summary>The advisor held the whole title at recruitment.</summary>
    HoldsTitle = 1,
}

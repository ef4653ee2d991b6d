using System.Text.Json.Serialization;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Certification;

/// <summary>What a finding says about its rule.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<FindingVerdict>))]
public enum FindingVerdict
{
    /// <summary>The rule is satisfied.</summary>
    Met = 1,

    /// <summary>The rule is not satisfied.</summary>
    NotMet = 2,

    /// <summary>The data cannot decide.</summary>
    Undetermined = 3,

    /// <summary>The finding informs (a date, a successor) without a verdict.</summary>
    Information = 4,
}

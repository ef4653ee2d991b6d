using System.Text.Json.Serialization;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Territory;

/// <summary>What an INSEE code is in the geography's COG year, as told by the embedded COG history.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<CodeStatus>))]
public enum CodeStatus
{
    /// <summary>No COG vintage of the history knows the code (JSON <c>unknown</c>).</summary>
    Unknown = 0,

    /// <summary>A current commune (JSON <c>commune</c>).</summary>
    Commune = 1,

    /// <summary>An arrondissement municipal of Paris, Lyon or Marseille (JSON <c>arrondissement-municipal</c>).</summary>
    ArrondissementMunicipal = 2,

    /// <summary>A commune déléguée of a commune nouvelle (JSON <c>commune-deleguee</c>).</summary>
    CommuneDeleguee = 3,

    /// <summary>A commune associée of a commune (JSON <c>commune-associee</c>).</summary>
    CommuneAssociee = 4,

    /// <summary>A former code absorbed into a current commune by a merger (JSON <c>absorbed</c>).</summary>
    Absorbed = 5,

    /// <summary>A former code whose territory the COG gives to more than one current commune: it is not mapped (JSON <c>ambiguous</c>).</summary>
    Ambiguous = 6,
}

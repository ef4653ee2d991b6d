using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using System.Text.Json.Serialization;

namespace Landes.Inclusion.Territory;

/// <summary>What a territory unit is: a commune, or an arrondissement municipal of Paris, Lyon or Marseille.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<TerritoryUnitKind>))]
public enum TerritoryUnitKind
{
    /// <summary>A current commune (JSON <c>commune</c>).</summary>
    Commune = 0,

    /// <summary>An arrondissement municipal of Paris, Lyon or Marseille, the unit of coverage inside those communes (JSON <c>arrondissement-municipal</c>).</summary>
    ArrondissementMunicipal = 1,
}

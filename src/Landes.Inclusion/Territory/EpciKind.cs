using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using System.Text.Json.Serialization;

namespace Landes.Inclusion.Territory;

/// <summary>The legal form of an EPCI à fiscalité propre.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<EpciKind>))]
public enum EpciKind
{
    /// <summary>A métropole (JSON <c>metropole</c>); the Métropole de Lyon, a collectivity with special status, is listed here too.</summary>
    Metropole = 1,

    /// <summary>A communauté urbaine (JSON <c>communaute-urbaine</c>).</summary>
    CommunauteUrbaine = 2,

    /// <summary>A communauté d'agglomération (JSON <c>communaute-agglomeration</c>).</summary>
    CommunauteAgglomeration = 3,

    /// <summary>A communauté de communes (JSON <c>communaute-communes</c>).</summary>
    CommunauteCommunes = 4,
}

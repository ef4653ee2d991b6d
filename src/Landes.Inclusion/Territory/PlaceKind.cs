using System.Text.Json.Serialization;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Schedules;

namespace Landes.Inclusion.Territory;

/// <summary>What a place is.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<PlaceKind>))]
public enum PlaceKind
{
    /// <summary>A France Services site (JSON <c>france-services</c>).</summary>
    FranceServices,

    /// <summary>A lieu de médiation numérique (JSON <c>lieu-mediation-numerique</c>).</summary>
    LieuMediationNumerique,

    /// <summary>An advisor's permanence in a town hall, a library, a social centre… (JSON <c>permanence</c>).</summary>
    Permanence,

    /// <summary>Any other place where advisors work or the public is received (JSON <c>other</c>).</summary>
    Other,
}

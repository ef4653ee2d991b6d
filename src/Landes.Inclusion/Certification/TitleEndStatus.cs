using System.Text.Json.Serialization;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Certification;

/// <summary>What became of a title version at the end of its validity (arrêté du 22 décembre 2015, art. 3; rule R4).</summary>
[JsonConverter(typeof(StableEnumJsonConverter<TitleEndStatus>))]
public enum TitleEndStatus
{
    /// <summary>Prorogé à l'identique: the same title continues (the prorogation is listed as a new validity window).</summary>
    Prorogued = 1,

    /// <summary>Révisé: a new arrêté replaces the title and fixes the correspondence between old and new CCPs.</summary>
    Revised = 2,

    /// <summary>Clôturé: holders of CCPs have one year from the end date to obtain the title, under conditions.</summary>
    Closed = 3,
}

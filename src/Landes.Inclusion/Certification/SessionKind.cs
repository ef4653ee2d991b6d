using System.Text.Json.Serialization;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Certification;

/// <summary>How a block result was obtained (arrêté du 22 décembre 2015, art. 1; rule R1).</summary>
[JsonConverter(typeof(StableEnumJsonConverter<SessionKind>))]
public enum SessionKind
{
    /// <summary>A session for the whole title at once.</summary>
    SessionTitre = 1,

    /// <summary>A session for one CCP (capitalisation).</summary>
    SessionCcp = 2,

    /// <summary>Validation des acquis de l'expérience.</summary>
    Vae = 3,

    /// <summary>An equivalence listed in the title's arrêté.</summary>
    Equivalence = 4,
}

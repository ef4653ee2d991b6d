using System.Text.Json.Serialization;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Network;

/// <summary>
/// The kinds of employment contract seen in ANCT's tools for conseillers numériques (rule R14). In JSON:
/// <c>cdi</c>, <c>cdd</c>, <c>pec</c>, <c>contrat-de-projet</c>.
/// </summary>
[JsonConverter(typeof(StableEnumJsonConverter<ContractKind>))]
public enum ContractKind
{
    /// <summary>Contrat à durée indéterminée: no end date.</summary>
    Cdi = 0,

    /// <summary>Contrat à durée déterminée: an end date is required.</summary>
    Cdd = 1,

    /// <summary>Parcours emploi compétences (contrat aidé): an end date is required.</summary>
    Pec = 2,

    /// <summary>Contrat de projet of the public service: an end date is required, 1 to 6 years (loi 2019-828, art. 17).</summary>
    ContratDeProjet = 3,
}

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

/// <summary>Whether a host structure is a public or a private employer (the CnFS subsidy differs). In JSON: <c>public</c>, <c>private</c>.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<EmployerSector>))]
public enum EmployerSector
{
    /// <summary>A public employer (collectivité, EPCI, établissement public).</summary>
    Public = 0,

    /// <summary>A private employer (association, company).</summary>
    Private = 1,
}

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

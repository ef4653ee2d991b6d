using System.Text.Json.Serialization;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Network;

/// <summary>Whether a host structure is a public or a private employer (the CnFS subsidy differs). In JSON: <c>public</c>, <c>private</c>.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<EmployerSector>))]
public enum EmployerSector
{
    /// <summary>A public employer (collectivité, EPCI, établissement public).</summary>
    Public = 0,

    /// <summary>A private employer (association, company).</summary>
    Private = 1,
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Territory;

/// <summary>How a territory is given.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<TerritoryKind>))]
public enum TerritoryKind
{
    /// <summary>A whole département (JSON <c>departement</c>).</summary>
    Departement,

    /// <summary>A whole EPCI, all its members whatever their département (JSON <c>epci</c>).</summary>
    Epci,

    /// <summary>A list of communes (JSON <c>communes</c>).</summary>
    Communes,
}

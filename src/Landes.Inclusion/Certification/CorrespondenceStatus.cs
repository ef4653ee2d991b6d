using System.Text.Json.Serialization;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Certification;

/// <summary>Whether the correspondence between two title versions' CCPs is known.</summary>
[JsonConverter(typeof(StableEnumJsonConverter<CorrespondenceStatus>))]
public enum CorrespondenceStatus
{
    /// <summary>The new arrêté's correspondence table is published: its mappings are authoritative.</summary>
    Published = 1,

    /// <summary>No correspondence table was published or found: the engine cannot carry blocks over.</summary>
    NotPublished = 2,
}

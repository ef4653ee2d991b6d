using System.Text.Json.Serialization;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Training;

/// <summary>
/// What a training session was, lessons or stage, and for lessons where they were given. In JSON: <c>in-centre</c>,
/// <c>in-structure</c>, <c>stage</c>, <c>remote</c>. <see cref="Stage"/> counts towards a path's stage hours wherever it
/// is done, the host structure included; every other kind is lessons and counts towards the lesson hours.
/// </summary>
/// <remarks>
/// The kind says lessons or stage first: a stage done in the host structure (the 2025 paths' alternating 210 h) is
/// <see cref="Stage"/>, never <see cref="InStructure"/>, which is for lessons given there (the 2021 paths'
/// in-structure part). The JSON names are unchanged.
/// </remarks>
[JsonConverter(typeof(StableEnumJsonConverter<TrainingSessionKind>))]
public enum TrainingSessionKind
{
    /// <summary>Lessons in the training body's centre.</summary>
    InCentre = 0,

    /// <summary>
    /// Lessons given in the host structure (the 2021 paths' in-structure part): lesson hours. A stage done in the host
    /// structure is <see cref="Stage"/>, not this.
    /// </summary>
    InStructure = 1,

    /// <summary>Practical stage, wherever it is done, the host structure included (the 2025 paths' 210 h, alternating): stage hours.</summary>
    Stage = 2,

    /// <summary>Remote lessons.</summary>
    Remote = 3,
}

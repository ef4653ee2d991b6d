using System.Text.Json.Serialization;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>A path of initial training: its hours of lessons and of stage (R7). Hours are whole hours.</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class TrainingPath
{
    /// <summary>Gets the path's identifier (for example <c>105h</c>, <c>175h+210h</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the path's label (for example <c>avancé</c>), or null.</summary>
    public string? Label { get; init; }

    /// <summary>Gets the hours of lessons (in centre, in structure or remote).</summary>
    public required int LessonHours { get; init; }

    /// <summary>Gets the hours of stage (0 when the path has none).</summary>
    public int StageHours { get; init; }

    /// <summary>Gets the in-centre part of the lesson hours when published, or null (the 2021 split is not published).</summary>
    public int? InCentreHours { get; init; }

    /// <summary>Gets the lesson hours as an exact duration.</summary>
    [JsonIgnore]
    public Duration Lessons => Duration.FromHours(LessonHours);

    /// <summary>Gets the stage hours as an exact duration.</summary>
    [JsonIgnore]
    public Duration Stage => Duration.FromHours(StageHours);

    /// <inheritdoc />
    public override string ToString() => Id;
}

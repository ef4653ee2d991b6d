using System.Text.Json.Serialization;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>A training session: its date, its exact duration in minutes, its kind and optionally its start time.</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class TrainingSession
{
    /// <summary>Gets the day of the session.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets the duration in minutes (exact; positive).</summary>
    public required int Minutes { get; init; }

    /// <summary>Gets where and how the session took place.</summary>
    public required TrainingSessionKind Kind { get; init; }

    /// <summary>Gets the start time when known, which lets validation detect overlaps within a day; or null.</summary>
    public LocalTime? StartTime { get; init; }

    /// <summary>Gets the duration.</summary>
    [JsonIgnore]
    public Duration Duration => Duration.FromMinutes(Minutes);
}

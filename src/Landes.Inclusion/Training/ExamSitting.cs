using System.Text.Json.Serialization;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>An exam sitting (R10).</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class ExamSitting
{
    /// <summary>Gets the certification sat (a target identifier of the period, for example <c>ccp1</c>).</summary>
    public required string TargetId { get; init; }

    /// <summary>Gets the date of the sitting.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets what happened.</summary>
    public required ExamOutcome Outcome { get; init; }
}

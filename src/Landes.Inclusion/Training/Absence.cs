using System.Text.Json.Serialization;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>An absence from training (R11).</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class Absence
{
    /// <summary>Gets the day of the absence.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets the training time missed, in minutes.</summary>
    public required int Minutes { get; init; }

    /// <summary>Gets the justification.</summary>
    public required AbsenceJustification Justification { get; init; }
}

using System.Text.Json.Serialization;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>A continuing-training module (R12): one of the programme's thematic modules of 7 h or 14 h.</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class ContinuingModule
{
    /// <summary>Gets the module's name or code.</summary>
    public required string Module { get; init; }

    /// <summary>Gets the date the module was taken (its first day).</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets the module's length in hours.</summary>
    public required int Hours { get; init; }
}

using System.Text.Json.Serialization;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>The result of the training body's positioning test, which decides the path (R7).</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class Positioning
{
    /// <summary>Gets the date of the test.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets the path the test gave.</summary>
    public required string PathId { get; init; }
}

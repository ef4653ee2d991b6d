using System.Text.Json.Serialization;
using NodaTime;

namespace Landes.Inclusion.Training;

/// <summary>An allowance of the yearly quota: a module for <see cref="Year"/> may be taken until <see cref="Until"/>.</summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class QuotaAllowance
{
    /// <summary>Gets the calendar year whose module may be taken late.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the last day on which that module may be taken.</summary>
    public required LocalDate Until { get; init; }
}

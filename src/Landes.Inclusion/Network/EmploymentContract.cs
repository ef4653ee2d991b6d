using NodaTime;

namespace Landes.Inclusion.Network;

/// <summary>An advisor's employment contract with a host structure (rule R14).</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class EmploymentContract
{
    /// <summary>Gets the kind of contract.</summary>
    public required ContractKind Kind { get; init; }

    /// <summary>Gets the id of the employing host structure (see <see cref="HostStructure.Id"/>).</summary>
    public required string StructureId { get; init; }

    /// <summary>Gets the first day of the contract.</summary>
    public required LocalDate Start { get; init; }

    /// <summary>Gets the last day of the contract; null for a CDI (rule R14: a CDI has no end date, the others must have one).</summary>
    public LocalDate? End { get; init; }

    /// <summary>
    /// Gets a value indicating whether the contract is part time (R14 requires full time, so the default is false).
    /// Expressed as "part time" so that a document that leaves it out means full time.
    /// </summary>
    public bool PartTime { get; init; }

    /// <summary>Tells whether the contract is in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> lies between the start and the end, both included.</returns>
    public bool IsInForceOn(LocalDate date) => date >= Start && (End is null || date <= End.Value);
}

using Landes.Inclusion.Certification;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Network;

/// <summary>A conseiller numérique of the network.</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class Advisor
{
    /// <summary>Gets the advisor's id within the network document.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the advisor's name (personal data).</summary>
    public required PersonName Name { get; init; }

    /// <summary>Gets the day the advisor was recruited.</summary>
    public required LocalDate RecruitedOn { get; init; }

    /// <summary>Gets the last day in post, or null while in post.</summary>
    public LocalDate? LeftOn { get; init; }

    /// <summary>Gets the id of the funded post the advisor holds, or null.</summary>
    public string? PostId { get; init; }

    /// <summary>Gets the employment contracts, in order (rule R14).</summary>
    public required IReadOnlyList<EmploymentContract> Contracts { get; init; }

    /// <summary>Gets the assignments to places over time.</summary>
    public IReadOnlyList<PlaceAssignment> Assignments
    {
        get => _assignments;
        init => _assignments = value ?? [];
    }

    /// <summary>Gets the initial training enrolment, or null when none is known.</summary>
    public Enrolment? Training { get; init; }

    /// <summary>Gets the certification record (block results, registrations, awards), or null when none is known.</summary>
    public CandidateRecord? Certification { get; init; }

    private readonly IReadOnlyList<PlaceAssignment> _assignments = [];

    /// <summary>Tells whether the advisor is in post on a day: recruited on or before it and not left before it.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when in post (whether a contract is in force is a separate check, R14).</returns>
    public bool IsInPostOn(LocalDate date) => RecruitedOn <= date && (LeftOn is null || date <= LeftOn.Value);
}

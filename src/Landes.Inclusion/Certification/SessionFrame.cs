using Landes.Inclusion.Identifiers;
using NodaTime;

namespace Landes.Inclusion.Certification;

/// <summary>
/// Sessions of some blocks of a title, for some candidates, between two days: the evidence of sessions held after a
/// title's end (<see cref="TitleVersion.SessionEvidence"/>) or a frame for remote sessions (<see cref="TitleVersion.RemoteSessions"/>).
/// </summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class SessionFrame
{
    /// <summary>Gets the CCP numbers the frame covers.</summary>
    public required IReadOnlyList<int> Blocks { get; init; }

    /// <summary>Gets the programme whose candidates the frame covers (such as <c>cnfs</c>), or null for every candidate.</summary>
    public string? Programme { get; init; }

    /// <summary>Gets the first session day covered (inclusive).</summary>
    public required LocalDate From { get; init; }

    /// <summary>Gets the last session day covered (inclusive), or null when no end is known.</summary>
    public LocalDate? Until { get; init; }

    /// <summary>Gets a value indicating whether an official text states the whole frame (false: part of it is inferred).</summary>
    public bool Verified { get; init; }

    /// <summary>Gets the text or publication the frame comes from.</summary>
    public required string Source { get; init; }

    /// <summary>Gets what is uncertain about the frame, or null.</summary>
    public string? Uncertainty { get; init; }

    /// <summary>Tells whether a session of a block on a day falls in the frame, whatever the candidate's programme.</summary>
    /// <param name="block">The CCP number.</param>
    /// <param name="date">The session day.</param>
    /// <returns>True when the block is covered and the day is in the frame.</returns>
    public bool Covers(int block, LocalDate date) =>
        date >= From && (Until is not { } until || date <= until) && Blocks.Contains(block);
}

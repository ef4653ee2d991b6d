using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Network;

/// <summary>The certification outcomes of the advisors in post for one title version.</summary>
public sealed class TitleOutcomes
{
    /// <summary>Gets the title version's id.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the title's short name.</summary>
    public required string TitleName { get; init; }

    /// <summary>Gets the number of advisors who hold the whole title.</summary>
    public required int Certified { get; init; }

    /// <summary>Gets the number of advisors who hold some of its blocks and may still complete it.</summary>
    public required int Partial { get; init; }

    /// <summary>Gets the number of advisors whose blocks lapsed with the title's validity.</summary>
    public required int Lapsed { get; init; }

    /// <summary>Gets the number of advisors the data cannot decide for (an unpublished correspondence).</summary>
    public required int Undetermined { get; init; }

    /// <summary>Gets the number of advisors with no block of it.</summary>
    public required int NotStarted { get; init; }

    /// <summary>Gets the latest day a partial holder may still complete the title, when one applies.</summary>
    public LocalDate? Deadline { get; init; }
}

using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Network;

/// <summary>How many advisors in post hold a block (CCP) of a title version: "32 of 34 hold REMN CCP1".</summary>
public sealed class BlockHolding
{
    /// <summary>Gets the title version's id.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the title's short name (REMN, CMN…).</summary>
    public required string TitleName { get; init; }

    /// <summary>Gets the block number (1 for CCP1).</summary>
    public required int Block { get; init; }

    /// <summary>Gets the block's official label, when known.</summary>
    public string? Label { get; init; }

    /// <summary>Gets the advisors in post who obtained the block.</summary>
    public required int Holders { get; init; }

    /// <summary>Gets the advisors in post.</summary>
    public required int AdvisorsInPost { get; init; }

    /// <summary>Gets the ids of the advisors in post who do not hold it.</summary>
    public required IReadOnlyList<string> NotHeldBy { get; init; }
}

using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Network;

/// <summary>Initial training hours followed on one path of one rule period.</summary>
public sealed class PathHours
{
    /// <summary>Gets the rule period's id (<c>cnfs-2021</c>…).</summary>
    public required string Period { get; init; }

    /// <summary>Gets the path's id.</summary>
    public required string Path { get; init; }

    /// <summary>Gets the hours the path requires (lessons and stage).</summary>
    public required decimal HoursRequired { get; init; }

    /// <summary>Gets the number of advisors in post on this path.</summary>
    public required int Advisors { get; init; }

    /// <summary>Gets the fewest hours done.</summary>
    public required decimal MinHours { get; init; }

    /// <summary>Gets the median of the hours done.</summary>
    public required decimal MedianHours { get; init; }

    /// <summary>Gets the most hours done.</summary>
    public required decimal MaxHours { get; init; }
}

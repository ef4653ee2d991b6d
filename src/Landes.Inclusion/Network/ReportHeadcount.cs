using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Network;

/// <summary>Headcount of a network on a day.</summary>
public sealed class ReportHeadcount
{
    /// <summary>Gets the advisors in post (recruited, not left, a contract in force).</summary>
    public required int AdvisorsInPost { get; init; }

    /// <summary>Gets the advisors of the document who are not in post on that day (left, or not yet recruited).</summary>
    public required int AdvisorsNotInPost { get; init; }

    /// <summary>Gets the host structures employing at least one advisor in post.</summary>
    public required int StructuresWithAdvisors { get; init; }

    /// <summary>Gets the open posts.</summary>
    public required int OpenPosts { get; init; }

    /// <summary>Gets the open posts that no advisor in post holds.</summary>
    public required int VacantPosts { get; init; }

    /// <summary>Gets the places of the network.</summary>
    public required int Places { get; init; }
}

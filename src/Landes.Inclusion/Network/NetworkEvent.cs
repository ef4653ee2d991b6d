using Landes.Inclusion.Certification;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Network;

/// <summary>An event of the network's life.</summary>
public sealed class NetworkEvent
{
    /// <summary>Gets the kind of event.</summary>
    public required NetworkEventKind Kind { get; init; }

    /// <summary>Gets the day of the event.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets the event's title.</summary>
    public required string Title { get; init; }
}

using Landes.Inclusion.Certification;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Training;
using NodaTime;

namespace Landes.Inclusion.Network;

/// <summary>
/// A département's whole network of conseillers numériques as one document: host structures, funded posts,
/// advisors (contracts, assignments to places, training enrolment, certification record), places and network events.
/// Schema: <c>docs/schemas/network.schema.json</c>; read and written with <see cref="NetworkJson.Network"/>.
/// </summary>
/// <remarks>Immutable; thread-safe. Names of advisors are personal data: the embedded sample's names are fictitious.</remarks>
public sealed class NetworkDocument
{
    /// <summary>The schema version this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Gets the schema version of the document.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the département the network belongs to.</summary>
    public required DepartementCode Departement { get; init; }

    /// <summary>Gets the network's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets where the data comes from (free text), or null.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the host structures.</summary>
    public required IReadOnlyList<HostStructure> Structures { get; init; }

    /// <summary>Gets the funded posts.</summary>
    public IReadOnlyList<Post> Posts
    {
        get => _posts;
        init => _posts = value ?? [];
    }

    /// <summary>Gets the advisors, present and past.</summary>
    public required IReadOnlyList<Advisor> Advisors { get; init; }

    /// <summary>Gets the places where advisors work or the public is received.</summary>
    public IReadOnlyList<Place> Places
    {
        get => _places;
        init => _places = value ?? [];
    }

    /// <summary>Gets the network's events (meetings, steering committees).</summary>
    public IReadOnlyList<NetworkEvent> Events
    {
        get => _events;
        init => _events = value ?? [];
    }

    /// <summary>
    /// Gets the places with <see cref="Place.Advisors"/> counted from the network's assignments on a day: the advisors
    /// in post that day (<see cref="Advisor.IsInPostOn"/>) with an assignment to the place covering it.
    /// </summary>
    /// <param name="date">The day, usually the report's date.</param>
    /// <returns>The places in the same order; when no advisor has any assignment, the places as given (the counts they carry, if any).</returns>
    /// <remarks>An advisor assigned to two places that day counts at each of them.</remarks>
    public IReadOnlyList<Place> PlacesStaffedOn(LocalDate date)
    {
        if (!Advisors.Any(a => a.Assignments.Count > 0))
        {
            return Places;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Advisor advisor in Advisors.Where(a => a.IsInPostOn(date)))
        {
            foreach (string placeId in advisor.Assignments.Where(a => a.Covers(date)).Select(a => a.PlaceId).Distinct(StringComparer.Ordinal))
            {
                counts[placeId] = counts.GetValueOrDefault(placeId) + 1;
            }
        }

        return [.. Places.Select(p => new Place
        {
            Id = p.Id,
            Name = p.Name,
            Commune = p.Commune,
            Kind = p.Kind,
            Latitude = p.Latitude,
            Longitude = p.Longitude,
            Itinerant = p.Itinerant,
            OpeningHours = p.OpeningHours,
            Advisors = counts.GetValueOrDefault(p.Id),
        })];
    }

    // Backing fields: System.Text.Json's source generator sets a missing init-only property to null, not to its
    // initializer, so optional lists turn null into empty here.
    private readonly IReadOnlyList<Post> _posts = [];
    private readonly IReadOnlyList<Place> _places = [];
    private readonly IReadOnlyList<NetworkEvent> _events = [];
}

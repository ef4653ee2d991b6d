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

/// <summary>A person's name (personal data: keep it out of logs and published reports).</summary>
public sealed class PersonName
{
    /// <summary>Gets the given name.</summary>
    public required string Given { get; init; }

    /// <summary>Gets the family name.</summary>
    public required string Family { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Given} {Family}";
}

/// <summary>An advisor's assignment to a place from a day, until a day or open-ended.</summary>
public sealed class PlaceAssignment
{
    /// <summary>Gets the place's id (see <see cref="Place.Id"/>).</summary>
    public required string PlaceId { get; init; }

    /// <summary>Gets the first day of the assignment.</summary>
    public required LocalDate From { get; init; }

    /// <summary>Gets the last day of the assignment, or null when open-ended.</summary>
    public LocalDate? Until { get; init; }

    /// <summary>Tells whether the assignment covers a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> lies between From and Until, both included.</returns>
    public bool Covers(LocalDate date) => date >= From && (Until is null || date <= Until.Value);
}

/// <summary>A funded conseiller numérique post of a host structure.</summary>
public sealed class Post
{
    /// <summary>Gets the post's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the host structure the post belongs to.</summary>
    public required string StructureId { get; init; }

    /// <summary>Gets the day the post was opened (the funding convention's start).</summary>
    public required LocalDate OpenedOn { get; init; }

    /// <summary>Gets the day the post was closed, or null while open.</summary>
    public LocalDate? ClosedOn { get; init; }
}

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

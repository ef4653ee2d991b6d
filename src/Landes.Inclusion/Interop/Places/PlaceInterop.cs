using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Interop.FranceServices;
using Landes.Inclusion.Interop.LieuxMediation;
using Landes.Inclusion.Territory;

namespace Landes.Inclusion.Interop.Places;

/// <summary>
/// Maps the interchange formats to the library's <see cref="Place"/> and back: France Services sites and lieux de
/// médiation numérique become places (kind, commune, coordinates, schedule), and a place becomes a lieu given the
/// fields it does not hold (<see cref="LieuDetails"/>). docs/interop.md lists what each direction loses.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class PlaceInterop
{
    /// <summary>The prefix of the place ids made from France Services sites (<c>france-services-</c> then <c>id_fs</c>).</summary>
    public const string FranceServicesIdPrefix = "france-services-";

    /// <summary>Maps a France Services site to a place of kind <see cref="PlaceKind.FranceServices"/>.</summary>
    /// <param name="site">The site.</param>
    /// <returns>The place: id <c>france-services-{id_fs}</c>, name, commune, coordinates, schedule; itinerant when the site is a bus or itinerant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="site"/> is null.</exception>
    public static Place FromFranceServices(FranceServicesSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return new Place
        {
            Id = FranceServicesIdPrefix + site.Id,
            Name = site.Name,
            Commune = site.InseeCode,
            Kind = PlaceKind.FranceServices,
            Latitude = site.Latitude,
            Longitude = site.Longitude,
            Itinerant = site.Format is FranceServicesFormat.Bus or FranceServicesFormat.Itinerant,
            OpeningHours = site.Schedule,
        };
    }

    /// <summary>Maps France Services sites to places, in order.</summary>
    /// <param name="sites">The sites.</param>
    /// <returns>The places.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sites"/> is null.</exception>
    public static IReadOnlyList<Place> FromFranceServices(IEnumerable<FranceServicesSite> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        return [.. sites.Select(FromFranceServices)];
    }

    /// <summary>
    /// Maps a lieu de médiation numérique to a place of kind <see cref="PlaceKind.LieuMediationNumerique"/>, or
    /// returns null when the lieu has no INSEE code (the standard makes it optional; a place needs its commune).
    /// </summary>
    /// <param name="lieu">The lieu.</param>
    /// <returns>The place (id, name, commune, coordinates, schedule, itinerant), or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lieu"/> is null.</exception>
    public static Place? FromLieu(LieuMediationNumerique lieu)
    {
        ArgumentNullException.ThrowIfNull(lieu);
        if (lieu.InseeCode is not { } commune)
        {
            return null;
        }

        return new Place
        {
            Id = lieu.Id,
            Name = lieu.Name,
            Commune = commune,
            Kind = PlaceKind.LieuMediationNumerique,
            Latitude = lieu.Latitude,
            Longitude = lieu.Longitude,
            Itinerant = lieu.Mobility.Contains(Mobility.Itinerant),
            OpeningHours = lieu.Schedule,
        };
    }

    /// <summary>
    /// Maps lieux to places, reporting each lieu that cannot be mapped (no INSEE code: <c>LI-CSV-018</c> at
    /// <c>rows[i].code_insee</c>, the row index in the given order).
    /// </summary>
    /// <param name="lieux">The lieux.</param>
    /// <returns>The places and the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lieux"/> is null.</exception>
    public static InteropReadResult<Place> FromLieux(IEnumerable<LieuMediationNumerique> lieux)
    {
        ArgumentNullException.ThrowIfNull(lieux);
        var places = new List<Place>();
        var rejected = new List<int>();
        var problems = new List<Problem>();
        int index = 0;
        foreach (LieuMediationNumerique lieu in lieux)
        {
            if (FromLieu(lieu) is { } place)
            {
                places.Add(place);
            }
            else
            {
                rejected.Add(index);
                problems.Add(new Problem(CsvProblemDefinitions.ExportConstraint, ProblemPath.Member(ProblemPath.Index("rows", index), "code_insee"),
                    new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        ["field"] = "code_insee",
                        ["constraint"] = "requis pour un lieu du territoire / required for a place of the territory",
                    }));
            }

            index++;
        }

        return new InteropReadResult<Place>(places, index, rejected, new ValidationReport(problems));
    }

    /// <summary>
    /// Maps a place to a lieu de médiation numérique: id, name, INSEE code, coordinates, schedule and itinerance come
    /// from the place; the standard's other required fields from <paramref name="details"/>. A France Services place
    /// lists the « France Services » national programme.
    /// </summary>
    /// <param name="place">The place.</param>
    /// <param name="details">The fields a place does not hold.</param>
    /// <returns>The lieu.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LieuMediationNumerique ToLieu(Place place, LieuDetails details)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(details);
        return new LieuMediationNumerique
        {
            Id = place.Id,
            Pivot = details.Pivot,
            Name = place.Name,
            Commune = details.CommuneName,
            PostalCode = details.PostalCode,
            InseeCode = place.Commune,
            Address = details.Address,
            Latitude = place.Latitude,
            Longitude = place.Longitude,
            Schedule = place.OpeningHours,
            Source = details.Source,
            Mobility = place.Itinerant ? [Mobility.Itinerant] : [Mobility.Fixed],
            UpdatedOn = details.UpdatedOn,
            NationalProgrammes = place.Kind == PlaceKind.FranceServices ? [NationalProgramme.FranceServices] : [],
        };
    }
}

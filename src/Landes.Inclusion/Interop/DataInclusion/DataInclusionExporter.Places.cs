using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Interop;
using Landes.Inclusion.Network;
using Landes.Inclusion.Schedules;
using Landes.Inclusion.Territory;
using NodaTime;

namespace Landes.Inclusion.Interop.DataInclusion;

public static partial class DataInclusionExporter
{
    private const string MediationTheme = "numerique--maitriser-les-fondamentaux-du-numerique";
    private const string AdvisorsNetwork = "conseillers-numeriques";

    /// <summary>
    /// Exports a network's host structures and places: one data·inclusion structure per host structure (SIRET, name,
    /// commune; network « conseillers-numeriques ») and per place (commune, coordinates, opening hours), and one
    /// « médiation numérique » service per place, offered by the place's structure. Commune names come from
    /// <paramref name="geography"/>. docs/interop.md gives the mapping.
    /// </summary>
    /// <param name="places">The places.</param>
    /// <param name="hosts">The host structures (may be empty).</param>
    /// <param name="source">The producer identifier written in <c>source</c>.</param>
    /// <param name="updatedOn">The date written in <c>date_maj</c> (places and structures carry no update date).</param>
    /// <param name="geography">The geography giving commune names; <see cref="Geography.France"/> when null.</param>
    /// <returns>The structures, services and problems (paths <c>places[i].name</c>, <c>hosts[i].name</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is empty.</exception>
    public static DataInclusionExport Export(IEnumerable<Place> places, IEnumerable<HostStructure> hosts, string source, LocalDate updatedOn, Geography? geography = null)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(hosts);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        geography ??= Geography.France;
        var structures = new List<DataInclusionStructure>();
        var services = new List<DataInclusionService>();
        var problems = new List<Problem>();

        int index = 0;
        foreach (HostStructure host in hosts)
        {
            ArgumentNullException.ThrowIfNull(host, nameof(hosts));
            string path = ProblemPath.Index("hosts", index++);
            if (!NameFits(host.Name, path, problems))
            {
                continue;
            }

            structures.Add(new DataInclusionStructure
            {
                Source = source,
                Id = host.Id,
                Name = host.Name,
                UpdatedOn = updatedOn,
                Siret = host.Siret.ToString(),
                InseeCode = host.Commune.ToString(),
                Commune = CommuneName(geography, host.Commune),
                Networks = [AdvisorsNetwork],
            });
        }

        index = 0;
        foreach (Place place in places)
        {
            ArgumentNullException.ThrowIfNull(place, nameof(places));
            string path = ProblemPath.Index("places", index++);
            if (!NameFits(place.Name, path, problems))
            {
                continue;
            }

            string? hours = place.OpeningHours is null ? null : OsmOpeningHours.Format(place.OpeningHours, publicHolidaysOff: true);
            string? commune = CommuneName(geography, place.Commune);
            GeoPoint? point = place.Coordinates;
            structures.Add(new DataInclusionStructure
            {
                Source = source,
                Id = place.Id,
                Name = place.Name,
                UpdatedOn = updatedOn,
                InseeCode = place.Commune.ToString(),
                Commune = commune,
                Latitude = point?.Latitude,
                Longitude = point?.Longitude,
                OpeningHours = hours,
                Networks = place.Advisors is > 0 ? [AdvisorsNetwork] : [],
            });
            services.Add(new DataInclusionService
            {
                Source = source,
                Id = place.Id + "--mediation-numerique",
                StructureId = place.Id,
                Name = "Médiation numérique",
                Description = "Accompagnement aux usages du numérique proposé par « " + place.Name + " »" + (commune is null ? "." : " (" + commune + ")."),
                UpdatedOn = updatedOn,
                Type = "accompagnement",
                Themes = [MediationTheme],
                ReceptionModes = ["en-presentiel"],
                InseeCode = place.Commune.ToString(),
                Commune = commune,
                Latitude = point?.Latitude,
                Longitude = point?.Longitude,
                OpeningHours = hours,
            });
        }

        return new DataInclusionExport(structures, services, new ValidationReport(problems));
    }

    private static bool NameFits(string name, string path, List<Problem> problems)
    {
        if (name.Length is >= NameMinLength and <= NameMaxLength)
        {
            return true;
        }

        problems.Add(new Problem(CsvProblemDefinitions.ExportConstraint, ProblemPath.Member(path, "name"),
            ProblemArguments.Of(("field", "nom"), ("constraint", "3 à 150 caractères / 3 to 150 characters"))));
        return false;
    }

    // The name of the commune the code lies in today: Paris for 75115, Saint-Denis for 93059 (the code is kept).
    private static string? CommuneName(Geography geography, Identifiers.InseeCode code) =>
        geography.Resolve(code) is { IsResolved: true } resolution && geography.TryGetCommune(resolution.Commune, out Commune? commune) ? commune!.Name : null;
}

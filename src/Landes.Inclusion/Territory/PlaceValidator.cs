using System.Globalization;
using FluentValidation;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;
using Landes.Inclusion.Validation;

namespace Landes.Inclusion.Territory;

/// <summary>
/// Validates a place against a geography: id and name present, commune known for the geography's COG year
/// (<c>LI-TER-006</c>; an arrondissement municipal is accepted and kept; a code of a past vintage resolved by the
/// embedded history is a warning naming the current commune, <c>LI-TER-016</c>, an ambiguous one an error,
/// <c>LI-TER-017</c>), coordinates complete and in range, coordinates far from the commune's centroid flagged
/// (<c>LI-TER-007</c>, a warning), a place that cannot be located flagged (<c>LI-TER-009</c>, a warning).
/// </summary>
/// <remarks>
/// <para>"Far" means more than <see cref="FarFromCentroidKm"/> of the commune's size: the larger of 5 km and three
/// times the radius of a disc of the commune's surface (a commune of 100 km² allows about 17 km).</para>
/// <para>Create once and reuse; thread-safe.</para>
/// </remarks>
public sealed class PlaceValidator : AbstractValidator<Place>
{
    /// <summary>The smallest distance from the centroid that is flagged, in kilometres.</summary>
    public const double FarFromCentroidKm = 5;

    /// <summary>Initializes a validator for the embedded geography.</summary>
    public PlaceValidator()
        : this(Geography.France)
    {
    }

    /// <summary>Initializes a validator for a geography.</summary>
    /// <param name="geography">The geography the commune codes belong to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="geography"/> is null.</exception>
    public PlaceValidator(Geography geography)
    {
        ArgumentNullException.ThrowIfNull(geography);

        RuleFor(p => p.Id).Must(id => !string.IsNullOrWhiteSpace(id)).WithProblem(TerritoryProblemDefinitions.PlaceIdEmpty);
        RuleFor(p => p.Name).Must(name => !string.IsNullOrWhiteSpace(name)).WithProblem(TerritoryProblemDefinitions.PlaceNameEmpty);
        RuleFor(p => p.Commune).Must(c => !c.IsDefault).WithProblem(TerritoryProblemDefinitions.PlaceCommuneNotSet);
        RuleFor(p => p.Latitude!.Value).Must(GeoPoint.IsLatitude).When(p => p.Latitude.HasValue)
            .OverridePropertyName("latitude")
            .WithProblem(TerritoryProblemDefinitions.LatitudeRange,
            p => ProblemArguments.Of(("value", p.Latitude!.Value.ToString("R", CultureInfo.InvariantCulture))));
        RuleFor(p => p.Longitude!.Value).Must(GeoPoint.IsLongitude).When(p => p.Longitude.HasValue)
            .OverridePropertyName("longitude")
            .WithProblem(TerritoryProblemDefinitions.LongitudeRange,
            p => ProblemArguments.Of(("value", p.Longitude!.Value.ToString("R", CultureInfo.InvariantCulture))));
        RuleFor(p => p).Must(p => p.Latitude.HasValue == p.Longitude.HasValue)
            .OverridePropertyName(string.Empty)
            .WithProblem(TerritoryProblemDefinitions.CoordinatesIncomplete);
        RuleFor(p => p.Advisors).Must(a => a is null or >= 0)
            .WithProblem(TerritoryProblemDefinitions.AdvisorsNegative,
            p => ProblemArguments.Of(("value", p.Advisors?.ToString(CultureInfo.InvariantCulture) ?? string.Empty)));

        // The code and the coordinates, checked as the CSV readers check them (TerritoryCodeCheck): a former code is a
        // warning naming the current commune, the coordinates are compared with the unit the place lies in.
        RuleFor(p => p).Custom((place, context) =>
        {
            if (place.Commune.IsDefault || TerritoryCodeCheck.IsCurrentAndLocated(geography, place.Commune, place.Latitude, place.Longitude))
            {
                return;
            }

            var problems = new List<Problem>(2);
            if (TerritoryCodeCheck.CheckCode(geography, place.Commune, "Commune", problems) is { } unit)
            {
                TerritoryCodeCheck.CheckLocation(unit, place.Latitude, place.Longitude, "Latitude", "Commune", problems);
            }

            foreach (Problem problem in problems)
            {
                ProblemFailures.Add(context, problem.Path, problem.Definition, [.. problem.Arguments.Select(a => (a.Key, a.Value))]);
            }
        });
    }

    /// <summary>The distance from a commune's centroid beyond which a place is flagged.</summary>
    /// <param name="commune">The commune.</param>
    /// <returns>The limit in kilometres.</returns>
    internal static double FarLimitKm(Commune commune) =>
        Math.Max(FarFromCentroidKm, 3 * Math.Sqrt((commune.SurfaceKm2 ?? 0) / Math.PI));
}

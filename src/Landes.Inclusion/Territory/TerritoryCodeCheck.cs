using System.Globalization;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Json;

namespace Landes.Inclusion.Territory;

/// <summary>
/// The one check of a commune code and a place's coordinates against the geography, shared by the places validator
/// and the CSV readers: what the code is (<c>LI-TER-006</c>, <c>-016</c>, <c>-017</c>), whether the coordinates sit in
/// the commune (<c>LI-TER-007</c>) and whether the place can be located (<c>LI-TER-009</c>). Problems come with the
/// paths the caller gives, never empty.
/// </summary>
internal static class TerritoryCodeCheck
{
    /// <summary>Checks a code: returns the unit it lies in today (null when unknown or ambiguous) and adds its problem, if any.</summary>
    public static Commune? CheckCode(Geography geography, InseeCode code, string path, ICollection<Problem> problems)
    {
        CodeResolution resolution = geography.Resolve(code);
        if (resolution.Status == CodeStatus.Ambiguous)
        {
            problems.Add(new Problem(TerritoryProblemDefinitions.AmbiguousCommuneCode, path,
                ProblemArguments.Of(("value", code.ToString()), ("candidates", string.Join(", ", resolution.Candidates)))));
            return null;
        }

        string cogYear = geography.Vintage.CogYear.ToString(CultureInfo.InvariantCulture);
        if (!geography.TryLocate(code, out Commune? unit))
        {
            problems.Add(new Problem(TerritoryProblemDefinitions.UnknownCommune, path, ProblemArguments.Of(("value", code.ToString()), ("cogYear", cogYear))));
            return null;
        }

        if (resolution.IsFormer)
        {
            string since = resolution.SinceCogYear is { } year
                ? year.ToString(CultureInfo.InvariantCulture)
                : "≤ " + geography.HistoryVintages[0].CogYear.ToString(CultureInfo.InvariantCulture);
            problems.Add(new Problem(TerritoryProblemDefinitions.FormerCommuneCode, path, ProblemSeverity.Warning, ProblemArguments.Of(
                ("value", code.ToString()),
                ("name", resolution.FormerNames.Count > 0 ? resolution.FormerNames[^1] : "?"),
                ("cogYear", cogYear),
                ("status", StatusText(resolution.Status)),
                ("commune", unit.Code.ToString()),
                ("communeName", unit.Name),
                ("since", since))));
        }

        return unit;
    }

    /// <summary>
    /// Whether a code is a current commune and the place sits within its far limit (or has no coordinates while the
    /// commune has a centroid): the common case, with nothing to report, decided without reading the commune. A current
    /// commune is never a former or ambiguous code in the history (a test holds every commune of the geography to it),
    /// so the history is not searched for it.
    /// </summary>
    public static bool IsCurrentAndLocated(Geography geography, InseeCode code, double? latitude, double? longitude) =>
        geography.TryGetCommuneLocation(code, out CommuneLocation location)
        && Locate(location.Centroid, location.FarLimitKm, latitude, longitude, out _) == Location.Fine;

    /// <summary>Checks a place's coordinates against the unit it lies in (LI-TER-007 at <paramref name="coordinatesPath"/>, LI-TER-009 at <paramref name="codePath"/>).</summary>
    public static void CheckLocation(Commune unit, double? latitude, double? longitude, string coordinatesPath, string codePath, ICollection<Problem> problems)
    {
        switch (Locate(unit, latitude, longitude, out double distance, out double limit))
        {
            case Location.FarFromCentroid:
                problems.Add(FarFromCentroid(coordinatesPath, distance, limit, unit));
                break;
            case Location.NotLocatable:
                problems.Add(NotLocatable(codePath, unit));
                break;
        }
    }

    /// <summary>
    /// Checks a row of an interchange file (France Services list, lieux de médiation numérique): the code against the
    /// embedded geography, the coordinates against the unit it lies in. Warnings are added to <paramref name="problems"/>
    /// when <paramref name="cap"/> admits them (a warning it counts as dropped is never built); the error of an
    /// unknown or ambiguous code is returned, for the reader to reject the row with it. A row whose code is a current
    /// commune and whose place sits in it allocates nothing: the paths come from <paramref name="fieldPath"/> (a
    /// column name to its path) only for a problem.
    /// </summary>
    public static Problem? CheckRow(InseeCode code, double? latitude, double? longitude, string codeColumn, string coordinatesColumn, Func<string, string> fieldPath, List<Problem> problems, ProblemCap cap)
    {
        Geography geography = Geography.France;

        if (IsCurrentAndLocated(geography, code, latitude, longitude))
        {
            return null;
        }

        CodeResolution resolution = geography.Resolve(code);
        if (resolution.Status == CodeStatus.Ambiguous || resolution.IsFormer || !geography.TryLocate(code, out Commune? unit))
        {
            // The rare case: what the code is, said by the general check.
            var found = new List<Problem>(1);
            unit = CheckCode(geography, code, fieldPath(codeColumn), found);
            foreach (Problem problem in found)
            {
                if (problem.Severity == ProblemSeverity.Error)
                {
                    return problem;
                }

                if (cap.Admit(problem))
                {
                    problems.Add(problem);
                }
            }

            if (unit is null)
            {
                return null;
            }
        }

        switch (Locate(unit, latitude, longitude, out double distance, out double limit))
        {
            case Location.FarFromCentroid when cap.Admit(TerritoryProblemCodes.FarFromCentroid, ProblemSeverity.Warning):
                problems.Add(FarFromCentroid(fieldPath(coordinatesColumn), distance, limit, unit));
                break;
            case Location.NotLocatable when cap.Admit(TerritoryProblemCodes.PlaceNotLocatable, ProblemSeverity.Warning):
                problems.Add(NotLocatable(fieldPath(codeColumn), unit));
                break;
        }

        return null;
    }

    private static Location Locate(Commune unit, double? latitude, double? longitude, out double distance, out double limit)
    {
        limit = PlaceValidator.FarLimitKm(unit);
        return Locate(unit.Centroid, limit, latitude, longitude, out distance);
    }

    private static Location Locate(GeoPoint? unitCentroid, double limit, double? latitude, double? longitude, out double distance)
    {
        distance = 0;
        if (latitude is { } lat && longitude is { } lon && GeoPoint.TryCreate(lat, lon, out GeoPoint point))
        {
            if (unitCentroid is { } centroid)
            {
                distance = point.DistanceKm(centroid);
                if (distance > limit)
                {
                    return Location.FarFromCentroid;
                }
            }
        }
        else if (latitude is null && longitude is null && unitCentroid is null)
        {
            return Location.NotLocatable;
        }

        return Location.Fine;
    }

    private static Problem FarFromCentroid(string path, double distance, double limit, Commune unit) =>
        new(TerritoryProblemDefinitions.FarFromCentroid, path, ProblemSeverity.Warning, ProblemArguments.Of(
            ("distanceKm", distance.ToString("0.0", CultureInfo.InvariantCulture)),
            ("limitKm", limit.ToString("0.0", CultureInfo.InvariantCulture)),
            ("commune", unit.ToString())));

    private static Problem NotLocatable(string path, Commune unit) =>
        new(TerritoryProblemDefinitions.PlaceNotLocatable, path, ProblemSeverity.Warning, ProblemArguments.Of(("commune", unit.ToString())));

    // The COG's own terms, the same in both languages.
    private static string StatusText(CodeStatus status) => status switch
    {
        CodeStatus.CommuneDeleguee => "commune déléguée",
        CodeStatus.CommuneAssociee => "commune associée",
        _ => "ancienne commune fusionnée",
    };

    private enum Location
    {
        Fine,
        FarFromCentroid,
        NotLocatable,
    }
}

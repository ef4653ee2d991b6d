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
        string cogYear = geography.Vintage.CogYear.ToString(CultureInfo.InvariantCulture);
        CodeResolution resolution = geography.Resolve(code);
        if (resolution.Status == CodeStatus.Ambiguous)
        {
            problems.Add(new Problem(TerritoryProblemDefinitions.AmbiguousCommuneCode, path,
                JsonProblems.Args(("value", code.ToString()), ("candidates", string.Join(", ", resolution.Candidates)))));
            return null;
        }

        if (!geography.TryLocate(code, out Commune? unit))
        {
            problems.Add(new Problem(TerritoryProblemDefinitions.UnknownCommune, path, JsonProblems.Args(("value", code.ToString()), ("cogYear", cogYear))));
            return null;
        }

        if (resolution.IsFormer)
        {
            string since = resolution.SinceCogYear is { } year
                ? year.ToString(CultureInfo.InvariantCulture)
                : "≤ " + geography.HistoryVintages[0].CogYear.ToString(CultureInfo.InvariantCulture);
            problems.Add(new Problem(TerritoryProblemDefinitions.FormerCommuneCode, path, ProblemSeverity.Warning, JsonProblems.Args(
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

    /// <summary>Checks a place's coordinates against the unit it lies in (LI-TER-007 at <paramref name="coordinatesPath"/>, LI-TER-009 at <paramref name="codePath"/>).</summary>
    public static void CheckLocation(Commune unit, double? latitude, double? longitude, string coordinatesPath, string codePath, ICollection<Problem> problems)
    {
        if (latitude is { } lat && longitude is { } lon && GeoPoint.TryCreate(lat, lon, out GeoPoint point))
        {
            if (unit.Centroid is { } centroid)
            {
                double distance = point.DistanceKm(centroid);
                double limit = PlaceValidator.FarLimitKm(unit);
                if (distance > limit)
                {
                    problems.Add(new Problem(TerritoryProblemDefinitions.FarFromCentroid, coordinatesPath, ProblemSeverity.Warning, JsonProblems.Args(
                        ("distanceKm", distance.ToString("0.0", CultureInfo.InvariantCulture)),
                        ("limitKm", limit.ToString("0.0", CultureInfo.InvariantCulture)),
                        ("commune", unit.ToString()))));
                }
            }
        }
        else if (latitude is null && longitude is null && unit.Centroid is null)
        {
            problems.Add(new Problem(TerritoryProblemDefinitions.PlaceNotLocatable, codePath, ProblemSeverity.Warning, JsonProblems.Args(("commune", unit.ToString()))));
        }
    }

    /// <summary>
    /// Checks a row of an interchange file (France Services list, lieux de médiation numérique): the code against the
    /// embedded geography, the coordinates against the unit it lies in. Warnings are added to <paramref name="problems"/>;
    /// the error of an unknown or ambiguous code is returned, for the reader to reject the row with it.
    /// </summary>
    public static Problem? CheckRow(InseeCode code, double? latitude, double? longitude, string codePath, string coordinatesPath, List<Problem> problems)
    {
        var found = new List<Problem>(1);
        Commune? unit = CheckCode(Geography.France, code, codePath, found);
        if (unit is not null)
        {
            CheckLocation(unit, latitude, longitude, coordinatesPath, codePath, found);
        }

        problems.AddRange(found.Where(p => p.Severity != ProblemSeverity.Error));
        return found.FirstOrDefault(p => p.Severity == ProblemSeverity.Error);
    }

    // The COG's own terms, the same in both languages.
    private static string StatusText(CodeStatus status) => status switch
    {
        CodeStatus.CommuneDeleguee => "commune déléguée",
        CodeStatus.CommuneAssociee => "commune associée",
        _ => "ancienne commune fusionnée",
    };
}

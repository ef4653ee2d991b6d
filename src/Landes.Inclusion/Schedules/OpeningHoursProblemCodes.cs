namespace Landes.Inclusion.Schedules;

/// <summary>Codes of the OSM <c>opening_hours</c> syntax (area <c>OSM</c>).</summary>
/// <remarks>The codes are stable: programs may rely on them. Each code's severity and messages are in <see cref="ProblemCatalog"/>, and <c>docs/errors.md</c> lists them.</remarks>
public static class OpeningHoursProblemCodes
{
    /// <summary>A part of an opening_hours value is valid OSM syntax outside the subset the library reads (months, weeks, school holidays, sunrise…).</summary>
    public const string Unsupported = "LI-OSM-001";

    /// <summary>A part of an opening_hours value is not opening_hours syntax at all.</summary>
    public const string Malformed = "LI-OSM-002";
}

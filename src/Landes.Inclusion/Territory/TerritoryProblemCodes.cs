namespace Landes.Inclusion.Territory;

/// <summary>Codes of places, territories and coverage analysis (area <c>TER</c>).</summary>
/// <remarks>The codes are stable: programs may rely on them. Each code's severity and messages are in <see cref="ProblemCatalog"/>, and <c>docs/errors.md</c> lists them.</remarks>
public static class TerritoryProblemCodes
{
    /// <summary>A place has no id.</summary>
    public const string PlaceIdEmpty = "LI-TER-001";

    /// <summary>A place has no name.</summary>
    public const string PlaceNameEmpty = "LI-TER-002";

    /// <summary>A latitude is outside [−90, 90] or not a number.</summary>
    public const string LatitudeRange = "LI-TER-003";

    /// <summary>A longitude is outside [−180, 180] or not a number.</summary>
    public const string LongitudeRange = "LI-TER-004";

    /// <summary>A place gives a latitude without a longitude, or the reverse.</summary>
    public const string CoordinatesIncomplete = "LI-TER-005";

    /// <summary>A commune code is not a current commune of the geography's COG year.</summary>
    public const string UnknownCommune = "LI-TER-006";

    /// <summary>A place's coordinates are far from its commune's centroid (a warning: a typo or a swapped latitude and longitude?).</summary>
    public const string FarFromCentroid = "LI-TER-007";

    /// <summary>Two places share an id.</summary>
    public const string DuplicatePlaceId = "LI-TER-008";

    /// <summary>A place has no coordinates and its commune has no centroid: it cannot be located and is left out of analyses.</summary>
    public const string PlaceNotLocatable = "LI-TER-009";

    /// <summary>A number of advisors is negative.</summary>
    public const string AdvisorsNegative = "LI-TER-010";

    /// <summary>An EPCI SIREN is not an EPCI of the geography.</summary>
    public const string UnknownEpci = "LI-TER-011";

    /// <summary>A département code is not a département of the geography.</summary>
    public const string UnknownDepartement = "LI-TER-012";

    /// <summary>A territory lists no commune.</summary>
    public const string EmptyTerritory = "LI-TER-013";

    /// <summary>A place's commune code is not set.</summary>
    public const string PlaceCommuneNotSet = "LI-TER-014";

    /// <summary>A number of a coverage result is outside its range (a share outside [0, 1], a negative distance or population, a threshold not positive).</summary>
    public const string CoverageValueRange = "LI-TER-015";

    /// <summary>A commune code of a past COG vintage (a commune déléguée, associée or absorbed since) is read as the current commune it belongs to (a warning naming both codes; the document keeps the original code).</summary>
    public const string FormerCommuneCode = "LI-TER-016";

    /// <summary>A former commune code belongs, by the COG, to more than one current commune: it is not mapped.</summary>
    public const string AmbiguousCommuneCode = "LI-TER-017";

    /// <summary>A value of a coverage result breaks a constraint of its published JSON Schema.</summary>
    public const string CoverageResultConstraint = "LI-TER-040";
}

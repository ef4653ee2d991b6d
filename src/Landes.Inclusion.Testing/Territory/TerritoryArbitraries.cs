using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Schedules;
using Landes.Inclusion.Testing.Schedules;
using Landes.Inclusion.Territory;

namespace Landes.Inclusion.Testing.Territory;

/// <summary>
/// FsCheck arbitraries of the territory module, for <c>[Property(Arbitrary = [typeof(TerritoryArbitraries)])]</c>
/// or <c>ArbMap.Default.Merge(typeof(TerritoryArbitraries))</c>.
/// </summary>
public static class TerritoryArbitraries
{
    /// <summary>Points inside the Landes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GeoPoint> GeoPoint() => TerritoryGenerators.LandesPoint.ToArbitrary();

    /// <summary>Valid places in the Landes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Place> Place() => TerritoryGenerators.Place.ToArbitrary();

    /// <summary>Lists of valid Landes places with unique ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<IReadOnlyList<Place>> Places() => TerritoryGenerators.Places.ToArbitrary();

    /// <summary>Territories of the Landes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TerritorySelection> TerritorySelection() => TerritoryGenerators.Territory.ToArbitrary();
}

using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Testing.Territory;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Territory;

public sealed class SpatialIndexTests
{
    // Points anywhere on Earth, and points clustered in the Landes (the realistic, hardest case for ties and pruning).
    private static readonly Gen<GeoPoint> AnyPoint =
        from lat in Gen.Choose(-90_000, 90_000)
        from lon in Gen.Choose(-180_000, 180_000)
        select new GeoPoint(lat / 1000d, lon / 1000d);

    private static readonly Gen<GeoPoint> Point = Gen.OneOf(AnyPoint, TerritoryGenerators.LandesPoint, TerritoryGenerators.PointIn(DepartementCode.Parse("974")));

    private static readonly Gen<(GeoPoint[] Points, GeoPoint[] Queries)> Case =
        from n in Gen.Choose(0, 300)
        from points in Point.ArrayOf(n)
        from queries in Point.ArrayOf(20)
        select (points, queries);

    [Fact]
    public void Nearest_EqualsTheBruteForceScan()
    {
        Properties.ForAll(Case, c =>
        {
            var index = new SpatialIndex(c.Points);
            int hint = -1;
            foreach (GeoPoint query in c.Queries)
            {
                NearestPoint expected = BruteForceNearest.Nearest(c.Points, query);
                NearestPoint actual = index.Nearest(query);
                NearestPoint hinted = index.Nearest(query, hint);
                hint = actual.Index;
                Assert.Equal(expected.DistanceKm, actual.DistanceKm, 9);
                Assert.Equal(expected.DistanceKm, hinted.DistanceKm, 9);
                if (expected.Index >= 0)
                {
                    // Same point, or an exact tie at the same distance.
                    Assert.Equal(expected.DistanceKm, query.DistanceKm(c.Points[actual.Index]), 9);
                }
            }
        });
    }

    [Fact]
    public void WithinRadius_EqualsTheBruteForceFilter()
    {
        Properties.ForAll(Case.SelectMany(c => Gen.Choose(0, 200_000).Select(r => (c.Points, c.Queries, RadiusKm: r / 1000d))), c =>
        {
            var index = new SpatialIndex(c.Points);
            var found = new List<int>();
            foreach (GeoPoint query in c.Queries)
            {
                found.Clear();
                index.WithinRadius(query, c.RadiusKm, found);
                int[] expected = [.. Enumerable.Range(0, c.Points.Length).Where(i => query.DistanceKm(c.Points[i]) <= c.RadiusKm)];
                Assert.Equal(expected, found.Order());
            }
        });
    }

    [Fact]
    public void Nearest_OnAnEmptyIndex_SaysNone()
    {
        NearestPoint none = new SpatialIndex([]).Nearest(new GeoPoint(43.89, -0.5));

        Assert.Equal(-1, none.Index);
        Assert.True(double.IsPositiveInfinity(none.DistanceKm));
    }

    [Fact]
    public void Nearest_AcrossTheAntimeridian_IsExact()
    {
        var index = new SpatialIndex([new GeoPoint(-17.5, 179.9), new GeoPoint(-17.5, 170)]);

        NearestPoint nearest = index.Nearest(new GeoPoint(-17.5, -179.9));

        Assert.Equal(0, nearest.Index);
        Assert.InRange(nearest.DistanceKm, 21, 22);
    }

    [Fact]
    public void DistanceKm_MontDeMarsanToDax_IsAbout50Km()
    {
        var geography = Geography.France;
        GeoPoint montDeMarsan = geography.FindByName("Mont-de-Marsan").Single().Centroid!.Value;
        GeoPoint dax = geography.FindByName("Dax").Single().Centroid!.Value;

        Assert.InRange(montDeMarsan.DistanceKm(dax), 48, 53);
        Assert.Equal(0, montDeMarsan.DistanceKm(montDeMarsan));
    }

    [Theory]
    [InlineData(90.0001, 0)]
    [InlineData(0, -180.5)]
    [InlineData(double.NaN, 0)]
    public void GeoPoint_OutOfRange_IsRefused(double latitude, double longitude)
    {
        Assert.False(GeoPoint.TryCreate(latitude, longitude, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(latitude, longitude));
    }
}

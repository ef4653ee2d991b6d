namespace Landes.Inclusion.Territory;

/// <summary>One answer of a <see cref="SpatialIndex"/>: which point, and how far (great-circle, km).</summary>
/// <param name="Index">The position of the point in the list the index was built from; −1 when the index is empty.</param>
/// <param name="DistanceKm">The great-circle distance in kilometres; +∞ when the index is empty.</param>
internal readonly record struct NearestPoint(int Index, double DistanceKm);

/// <summary>
/// A static spatial index of points for nearest-point and within-radius queries: a k-d tree over the points' unit
/// vectors in three dimensions.
/// </summary>
/// <remarks>
/// <para>On the unit sphere, the straight-line (chord) distance between two points grows with their great-circle
/// distance, so the nearest point by chord is exactly the nearest point by great-circle distance: the tree gives
/// exact answers everywhere (overseas, across the antimeridian, near the poles), not an approximation of a planar
/// projection. Distances returned are computed with the haversine formula.</para>
/// <para>Build cost O(n log² n); a query visits O(log n) nodes on well-spread data. Ties are broken by the lowest
/// index. An index is immutable after construction and safe for concurrent queries.</para>
/// </remarks>
internal sealed class SpatialIndex
{
    private const int LeafSize = 8;

    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[] _z;
    private readonly int[] _ids;
    private readonly byte[] _axis;
    private readonly GeoPoint[] _points;

    // Per point, in input order: the unit vector, the latitude in radians and its cosine (for the final haversine).
    private readonly double[] _ux;
    private readonly double[] _uy;
    private readonly double[] _uz;
    private readonly double[] _phi;
    private readonly double[] _cosPhi;

    /// <summary>Builds an index of points.</summary>
    /// <param name="points">The points; answers refer to their positions in this list.</param>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is null.</exception>
    public SpatialIndex(IReadOnlyList<GeoPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        int n = points.Count;
        _points = [.. points];
        _ids = new int[n];
        var ux = new double[n];
        var uy = new double[n];
        var uz = new double[n];
        _phi = new double[n];
        _cosPhi = new double[n];
        for (int i = 0; i < n; i++)
        {
            _ids[i] = i;
            (ux[i], uy[i], uz[i]) = Haversine.ToUnitVector(_points[i].Latitude, _points[i].Longitude);
            _phi[i] = Haversine.ToRadians(_points[i].Latitude);
            _cosPhi[i] = Math.Cos(_phi[i]);
        }

        _ux = ux;
        _uy = uy;
        _uz = uz;

        _axis = new byte[n];
        var keys = new double[n];
        Build(0, n, ux, uy, uz, keys);
        _x = new double[n];
        _y = new double[n];
        _z = new double[n];
        for (int i = 0; i < n; i++)
        {
            _x[i] = ux[_ids[i]];
            _y[i] = uy[_ids[i]];
            _z[i] = uz[_ids[i]];
        }
    }

    /// <summary>Gets the number of points.</summary>
    public int Count => _ids.Length;

    /// <summary>Finds the point nearest to a query point.</summary>
    /// <param name="query">The query point.</param>
    /// <returns>The nearest point, or index −1 and +∞ when the index is empty.</returns>
    public NearestPoint Nearest(GeoPoint query) => Nearest(query, -1);

    /// <summary>
    /// Finds the point nearest to a query point, starting from a candidate known to be close (for instance the answer
    /// for the previous of a series of neighbouring queries): the answer is the same, only found faster.
    /// </summary>
    /// <param name="query">The query point.</param>
    /// <param name="hint">The index of a candidate point, or −1.</param>
    /// <returns>The nearest point, or index −1 and +∞ when the index is empty.</returns>
    public NearestPoint Nearest(GeoPoint query, int hint)
    {
        if (Count == 0)
        {
            return new NearestPoint(-1, double.PositiveInfinity);
        }

        double phi = Haversine.ToRadians(query.Latitude);
        (double sinPhi, double cosPhi) = Math.SinCos(phi);
        (double sinLambda, double cosLambda) = Math.SinCos(Haversine.ToRadians(query.Longitude));
        double qx = cosPhi * cosLambda, qy = cosPhi * sinLambda, qz = sinPhi;
        var search = new Search(qx, qy, qz);
        if ((uint)hint < (uint)Count)
        {
            search.BestD2 = Square(_ux[hint] - qx) + Square(_uy[hint] - qy) + Square(_uz[hint] - qz);
            search.Best = hint;
        }

        NearestIn(0, Count, ref search, 0);
        int best = search.Best;
        double km = Haversine.DistanceKm(phi, query.Longitude, cosPhi, _phi[best], _points[best].Longitude, _cosPhi[best]);
        return new NearestPoint(best, km);
    }

    /// <summary>Finds every point within a great-circle distance of a query point.</summary>
    /// <param name="query">The query point.</param>
    /// <param name="radiusKm">The distance in kilometres (inclusive).</param>
    /// <param name="results">A list that receives the indexes found (not cleared first), in no particular order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="radiusKm"/> is negative or not a number.</exception>
    public void WithinRadius(GeoPoint query, double radiusKm, List<int> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (!(radiusKm >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(radiusKm), radiusKm, "A radius is zero or more.");
        }

        (double qx, double qy, double qz) = Haversine.ToUnitVector(query.Latitude, query.Longitude);

        // A little slack on the chord, then the exact haversine test, so that rounding never drops a point on the edge.
        double r2 = Haversine.KmToChordSquared(radiusKm) * (1 + 1e-9) + 1e-15;
        WithinIn(0, Count, qx, qy, qz, r2, query, radiusKm, results);
    }

    private static double Square(double v) => v * v;

    private void Build(int lo, int hi, double[] ux, double[] uy, double[] uz, double[] keys)
    {
        if (hi - lo <= LeafSize)
        {
            return;
        }

        // Split on the axis of greatest spread, at the median.
        double[] coordinates = Widest(lo, hi, ux, uy, uz, out byte axis);
        for (int i = lo; i < hi; i++)
        {
            keys[i] = coordinates[_ids[i]];
        }

        keys.AsSpan(lo, hi - lo).Sort(_ids.AsSpan(lo, hi - lo));
        int mid = (lo + hi) >>> 1;
        _axis[mid] = axis;
        Build(lo, mid, ux, uy, uz, keys);
        Build(mid + 1, hi, ux, uy, uz, keys);
    }

    private double[] Widest(int lo, int hi, double[] ux, double[] uy, double[] uz, out byte axis)
    {
        double Spread(double[] c)
        {
            double min = double.MaxValue, max = double.MinValue;
            for (int i = lo; i < hi; i++)
            {
                double v = c[_ids[i]];
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }

            return max - min;
        }

        double sx = Spread(ux), sy = Spread(uy), sz = Spread(uz);
        (axis, double[] chosen) = sx >= sy && sx >= sz ? ((byte)0, ux) : sy >= sz ? ((byte)1, uy) : ((byte)2, uz);
        return chosen;
    }

    // Arya and Mount's incremental distance: rd is the squared distance from the query to the current cell (the sum
    // of the squared per-axis offsets kept in the search), a tighter bound than the splitting plane alone.
    private void NearestIn(int lo, int hi, ref Search s, double rd)
    {
        if (hi - lo <= LeafSize)
        {
            for (int i = lo; i < hi; i++)
            {
                s.Consider(_x[i], _y[i], _z[i], _ids[i]);
            }

            return;
        }

        int mid = (lo + hi) >>> 1;
        s.Consider(_x[mid], _y[mid], _z[mid], _ids[mid]);
        int axis = _axis[mid];
        double diff = axis switch
        {
            0 => s.Qx - _x[mid],
            1 => s.Qy - _y[mid],
            _ => s.Qz - _z[mid],
        };
        (int nearLo, int nearHi, int farLo, int farHi) = diff < 0 ? (lo, mid, mid + 1, hi) : (mid + 1, hi, lo, mid);
        NearestIn(nearLo, nearHi, ref s, rd);
        double old = s.Offset(axis);
        double farRd = rd - (old * old) + (diff * diff);
        if (farRd <= s.BestD2)
        {
            s.SetOffset(axis, diff);
            NearestIn(farLo, farHi, ref s, farRd);
            s.SetOffset(axis, old);
        }
    }

    private void WithinIn(int lo, int hi, double qx, double qy, double qz, double r2, GeoPoint query, double radiusKm, List<int> results)
    {
        if (hi - lo <= LeafSize)
        {
            for (int i = lo; i < hi; i++)
            {
                Collect(i, qx, qy, qz, r2, query, radiusKm, results);
            }

            return;
        }

        int mid = (lo + hi) >>> 1;
        Collect(mid, qx, qy, qz, r2, query, radiusKm, results);
        double diff = _axis[mid] switch
        {
            0 => qx - _x[mid],
            1 => qy - _y[mid],
            _ => qz - _z[mid],
        };
        if (diff <= 0 || diff * diff <= r2)
        {
            WithinIn(lo, mid, qx, qy, qz, r2, query, radiusKm, results);
        }

        if (diff >= 0 || diff * diff <= r2)
        {
            WithinIn(mid + 1, hi, qx, qy, qz, r2, query, radiusKm, results);
        }
    }

    private void Collect(int slot, double qx, double qy, double qz, double r2, GeoPoint query, double radiusKm, List<int> results)
    {
        double d2 = Square(_x[slot] - qx) + Square(_y[slot] - qy) + Square(_z[slot] - qz);
        if (d2 <= r2 && query.DistanceKm(_points[_ids[slot]]) <= radiusKm)
        {
            results.Add(_ids[slot]);
        }
    }

    private struct Search(double qx, double qy, double qz)
    {
        public readonly double Qx = qx;
        public readonly double Qy = qy;
        public readonly double Qz = qz;
        public double BestD2 = double.PositiveInfinity;
        public int Best = -1;
        private double _offset0;
        private double _offset1;
        private double _offset2;

        public readonly double Offset(int axis) => axis switch
        {
            0 => _offset0,
            1 => _offset1,
            _ => _offset2,
        };

        public void SetOffset(int axis, double value)
        {
            switch (axis)
            {
                case 0: _offset0 = value; break;
                case 1: _offset1 = value; break;
                default: _offset2 = value; break;
            }
        }

        public void Consider(double x, double y, double z, int id)
        {
            double d2 = ((x - Qx) * (x - Qx)) + ((y - Qy) * (y - Qy)) + ((z - Qz) * (z - Qz));
            if (d2 < BestD2 || (d2 == BestD2 && id < Best))
            {
                BestD2 = d2;
                Best = id;
            }
        }
    }
}

/// <summary>The brute-force nearest-point scan: the test oracle and the benchmark baseline of <see cref="SpatialIndex"/>, nothing else.</summary>
internal static class BruteForceNearest
{
    public static NearestPoint Nearest(IReadOnlyList<GeoPoint> points, GeoPoint query)
    {
        int best = -1;
        double bestKm = double.PositiveInfinity;
        for (int i = 0; i < points.Count; i++)
        {
            double km = query.DistanceKm(points[i]);
            if (km < bestKm)
            {
                best = i;
                bestKm = km;
            }
        }

        return new NearestPoint(best, bestKm);
    }
}

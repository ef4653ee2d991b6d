using Landes.Inclusion.Identifiers;

namespace Landes.Inclusion.Territory;

/// <summary>
/// Greedy maximum coverage with lazy evaluation: the covered population is a monotone submodular function of the set
/// of places, so a candidate's gain can only shrink as places are chosen; a candidate whose recomputed gain is still
/// the best is the greedy choice, without recomputing every other gain.
/// </summary>
internal static class GreedyCoverage
{
    public static PlacementSuggestion Suggest(IReadOnlyList<Commune> territory, CoverageAnalyzer.LocatedPlaces places, IReadOnlyList<Commune> candidates, int count, double radiusKm)
    {
        Commune[] targets = [.. territory.Where(c => c.Centroid is not null)];
        var population = new long[targets.Length];
        var covered = new bool[targets.Length];
        long total = 0, coveredPopulation = 0;
        int hint = -1;
        for (int i = 0; i < targets.Length; i++)
        {
            population[i] = targets[i].Population ?? 0;
            total += population[i];
            NearestPoint nearest = places.Index.Nearest(targets[i].Centroid!.Value, hint);
            hint = nearest.Index;
            if (nearest.Index >= 0 && nearest.DistanceKm <= radiusKm)
            {
                covered[i] = true;
                coveredPopulation += population[i];
            }
        }

        long before = coveredPopulation;
        var targetIndex = new SpatialIndex([.. targets.Select(t => t.Centroid!.Value)]);
        Commune[] located = [.. candidates.Where(c => c.Centroid is not null).DistinctBy(c => c.Code).OrderBy(c => c.Code)];
        var reach = new int[located.Length][];
        var queue = new PriorityQueue<int, (long NegativeGain, int Order)>();
        var buffer = new List<int>();
        for (int c = 0; c < located.Length; c++)
        {
            buffer.Clear();
            targetIndex.WithinRadius(located[c].Centroid!.Value, radiusKm, buffer);
            buffer.RemoveAll(t => covered[t]);
            reach[c] = [.. buffer];
            long gain = Gain(reach[c], population, covered);
            if (gain > 0)
            {
                queue.Enqueue(c, (-gain, c));
            }
        }

        var chosen = new List<SuggestedPlace>();
        while (chosen.Count < count && queue.TryDequeue(out int candidate, out (long NegativeGain, int Order) priority))
        {
            long gain = Gain(reach[candidate], population, covered);
            if (gain != -priority.NegativeGain)
            {
                // Stale: re-queue with the current gain (it can only have shrunk).
                if (gain > 0)
                {
                    queue.Enqueue(candidate, (-gain, candidate));
                }

                continue;
            }

            if (gain == 0)
            {
                break;
            }

            int added = 0;
            foreach (int t in reach[candidate])
            {
                if (!covered[t])
                {
                    covered[t] = true;
                    added++;
                }
            }

            coveredPopulation += gain;
            chosen.Add(new SuggestedPlace
            {
                Rank = chosen.Count + 1,
                Commune = located[candidate].Code,
                Name = located[candidate].Name,
                AddedPopulation = gain,
                AddedCommunes = added,
                CoveredPopulation = coveredPopulation,
                CoveredShare = total == 0 ? 0 : Math.Round((double)coveredPopulation / total, 6),
            });
        }

        return new PlacementSuggestion { CoverageRadiusKm = radiusKm, Population = total, CoveredBefore = before, Places = chosen };
    }

    private static long Gain(int[] reach, long[] population, bool[] covered)
    {
        long gain = 0;
        foreach (int t in reach)
        {
            if (!covered[t])
            {
                gain += population[t];
            }
        }

        return gain;
    }
}

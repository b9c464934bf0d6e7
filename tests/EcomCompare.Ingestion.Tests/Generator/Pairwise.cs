namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>
/// All-pairs combinations, deterministic: every value of every axis meets every value of every other axis in at
/// least one case, with far fewer cases than the cartesian product. Greedy: each case starts from the first pair
/// not yet covered and fills the other axes with the value that covers the most uncovered pairs (ties: the value
/// used least so far, then the first).
/// </summary>
internal static class Pairwise
{
    /// <summary>Cases as one value index per axis; <paramref name="sizes"/> is each axis's number of values.</summary>
    public static IReadOnlyList<int[]> Cases(IReadOnlyList<int> sizes)
    {
        var n = sizes.Count;
        if (n == 1)
        {
            return Enumerable.Range(0, sizes[0]).Select(v => new[] { v }).ToList();
        }

        var uncovered = new HashSet<(int, int, int, int)>();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                for (var a = 0; a < sizes[i]; a++)
                {
                    for (var b = 0; b < sizes[j]; b++)
                    {
                        uncovered.Add((i, a, j, b));
                    }
                }
            }
        }

        var used = sizes.Select(s => new int[s]).ToArray();
        var cases = new List<int[]>();
        while (uncovered.Count > 0)
        {
            var seed = uncovered.Min();
            var values = Enumerable.Repeat(-1, n).ToArray();
            values[seed.Item1] = seed.Item2;
            values[seed.Item3] = seed.Item4;
            for (var k = 0; k < n; k++)
            {
                if (values[k] >= 0)
                {
                    continue;
                }

                var best = Enumerable.Range(0, sizes[k])
                    .Select(v => (Value: v, Gain: Gain(k, v, values, uncovered), Used: used[k][v]))
                    .OrderByDescending(c => c.Gain).ThenBy(c => c.Used).ThenBy(c => c.Value).First();
                values[k] = best.Value;
            }

            for (var i = 0; i < n; i++)
            {
                used[i][values[i]]++;
                for (var j = i + 1; j < n; j++)
                {
                    uncovered.Remove((i, values[i], j, values[j]));
                }
            }

            cases.Add(values);
        }

        return cases;
    }

    private static int Gain(int k, int v, int[] values, HashSet<(int, int, int, int)> uncovered)
    {
        var gain = 0;
        for (var other = 0; other < values.Length; other++)
        {
            if (other != k && values[other] >= 0 && uncovered.Contains(other < k ? (other, values[other], k, v) : (k, v, other, values[other])))
            {
                gain++;
            }
        }

        return gain;
    }
}

namespace Huli.Matchmaking.Evaluation;

/// <summary>
/// The measures the issue names, for one query's ranked document ids against its graded judgements (unjudged
/// documents count as grade 0):
/// MAP and NDCG%20 as CSFCube defines them (relevant = grade 2 or more; NDCG%20 with linear gains, DCG = g1 +
/// sum over i &gt;= 2 of g_i / log2(i), cut at int(0.2 x judged pool size)); NDCG@10 (linear gains, discount
/// 1 / log2(i + 1)), Recall@10 and MRR with relevant = grade 1 or more.
/// </summary>
public static class RankingMetrics
{
    public static double AveragePrecision(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int minimumGrade = 2)
    {
        var relevant = grades.Count(g => g.Value >= minimumGrade);
        if (relevant == 0)
        {
            return 0;
        }

        double found = 0, sum = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            if (grades.GetValueOrDefault(ranked[i]) >= minimumGrade)
            {
                found++;
                sum += found / (i + 1);
            }
        }

        return sum / relevant;
    }

    /// <summary>CSFCube's NDCG%20: the cut-off is a fifth of the query's judged pool.</summary>
    public static double NdcgPercent20(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var cut = (int)(0.2 * grades.Count);
        var ideal = CsfcubeDcg([.. grades.Values.OrderDescending()], cut);
        return ideal <= 0 ? 0 : CsfcubeDcg([.. ranked.Select(id => grades.GetValueOrDefault(id))], cut) / ideal;
    }

    public static double NdcgAt10(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var ideal = Dcg([.. grades.Values.Where(g => g >= 1).OrderDescending()], 10);
        return ideal <= 0 ? 0 : Dcg([.. ranked.Select(id => Math.Max(0, grades.GetValueOrDefault(id)))], 10) / ideal;
    }

    public static double RecallAt10(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var relevant = grades.Count(g => g.Value >= 1);
        return relevant == 0 ? 0 : (double)ranked.Take(10).Count(id => grades.GetValueOrDefault(id) >= 1) / relevant;
    }

    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (grades.GetValueOrDefault(ranked[i]) >= 1)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    private static double CsfcubeDcg(IReadOnlyList<int> gains, int cut)
    {
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(cut, gains.Count); i++)
        {
            dcg += i == 0 ? gains[0] : gains[i] / Math.Log2(i + 1);
        }

        return dcg;
    }

    private static double Dcg(IReadOnlyList<int> gains, int cut)
    {
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(cut, gains.Count); i++)
        {
            dcg += gains[i] / Math.Log2(i + 2);
        }

        return dcg;
    }
}

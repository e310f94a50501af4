using Huli.Matchmaking.Evaluation;

namespace Huli.Matchmaking.Matcher.Tests.Evaluation;

/// <summary>Each measure against a figure worked out by hand from its definition.</summary>
public sealed class RankingMetricsTests
{
    // A judged pool of ten: d1 identical in purpose, d2 similar, d3 a lead, seven judged not relevant.
    private static readonly Dictionary<string, int> Pool = new()
    {
        ["d1"] = 3, ["d2"] = 2, ["d3"] = 1,
        ["d4"] = 0, ["d5"] = 0, ["d6"] = 0, ["d7"] = 0, ["d8"] = 0, ["d9"] = 0, ["d10"] = 0,
    };

    [Fact]
    public void Average_precision_counts_grade_two_and_up_and_divides_by_all_judged_relevant()
    {
        // Relevant (>= 2): d1 and d2. d2 at rank 2 (precision 1/2), d1 at rank 4 (precision 2/4): (0.5 + 0.5) / 2.
        Assert.Equal(0.5, RankingMetrics.AveragePrecision(["d4", "d2", "d3", "d1"], Pool), 6);

        // A relevant document never ranked still counts in the denominator: d2 at rank 1 only, 1 / 2.
        Assert.Equal(0.5, RankingMetrics.AveragePrecision(["d2", "d3"], Pool), 6);
    }

    [Fact]
    public void Ndcg_percent_20_cuts_at_a_fifth_of_the_pool_with_csfcube_discounts()
    {
        // Cut = int(0.2 x 10) = 2. DCG = g1 + g2 / log2(2) = 2 + 1 = 3; ideal = 3 + 2 = 5.
        Assert.Equal(0.6, RankingMetrics.NdcgPercent20(["d2", "d3", "d1"], Pool), 6);
        Assert.Equal(1.0, RankingMetrics.NdcgPercent20(["d1", "d2", "d5"], Pool), 6);
    }

    [Fact]
    public void Ndcg_at_10_uses_linear_gains_and_log2_of_rank_plus_one()
    {
        // DCG = 2/1 + 1/log2(3) + 3/log2(4); ideal = 3/1 + 2/log2(3) + 1/log2(4).
        var expected = (2 + (1 / Math.Log2(3)) + 1.5) / (3 + (2 / Math.Log2(3)) + 0.5);
        Assert.Equal(expected, RankingMetrics.NdcgAt10(["d2", "d3", "d1"], Pool), 9);
    }

    [Fact]
    public void Recall_at_10_and_reciprocal_rank_count_grade_one_and_up()
    {
        Assert.Equal(1.0 / 3, RankingMetrics.RecallAt10(["d5", "d3"], Pool), 9);
        Assert.Equal(0.5, RankingMetrics.ReciprocalRank(["d5", "d3"], Pool), 9);
        Assert.Equal(0, RankingMetrics.ReciprocalRank(["d5", "d6"], Pool));

        // Eleventh place is outside the top ten.
        string[] late = ["d4", "d5", "d6", "d7", "d8", "d9", "d10", "x1", "x2", "x3", "d1"];
        Assert.Equal(0, RankingMetrics.RecallAt10(late, Pool));
    }

    [Fact]
    public void The_summary_averages_over_queries_that_have_relevant_documents_and_prints_the_issue_line()
    {
        var first = QueryScores.Of("q1", ["d2", "d1"], Pool);
        var withoutStrict = QueryScores.Of("q2", ["d3"], new Dictionary<string, int> { ["d3"] = 1 });

        var summary = MetricSummary.Of([first, withoutStrict]);

        Assert.Equal(1.0, summary.Map, 9);
        Assert.Equal(1.0, summary.Mrr, 9);
        // q1's NDCG@10: (2/1 + 3/log2(3)) / (3/1 + 2/log2(3) + 1/log2(4)); q2's is 1.
        var ndcg10 = (((2 + (3 / Math.Log2(3))) / (3 + (2 / Math.Log2(3)) + 0.5)) + 1) / 2;
        Assert.Equal(ndcg10, summary.NdcgAt10, 9);
        Assert.Equal($"map=1.0000 ndcg%20=1.0000 ndcg@10={ndcg10:F4} recall@10=0.8333 mrr=1.0000", summary.ToLine());
    }
}

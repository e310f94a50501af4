using System.Globalization;

namespace Huli.Matchmaking.Evaluation;

/// <summary>One query's measures.</summary>
public sealed record QueryScores(string QueryId, double Map, double NdcgPercent20, double NdcgAt10, double RecallAt10, double Mrr, bool HasStrict, bool HasLoose)
{
    public static QueryScores Of(string queryId, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades) => new(
        queryId,
        RankingMetrics.AveragePrecision(ranked, grades),
        RankingMetrics.NdcgPercent20(ranked, grades),
        RankingMetrics.NdcgAt10(ranked, grades),
        RankingMetrics.RecallAt10(ranked, grades),
        RankingMetrics.ReciprocalRank(ranked, grades),
        grades.Values.Any(g => g >= 2),
        grades.Values.Any(g => g >= 1));
}

/// <summary>Means over queries: MAP and NDCG%20 over the queries with a grade-2 judgement, the others over the
/// queries with a grade-1 judgement (a query without any relevant document measures nothing).</summary>
public sealed record MetricSummary(double Map, double NdcgPercent20, double NdcgAt10, double RecallAt10, double Mrr, int Queries)
{
    public static MetricSummary Of(IReadOnlyCollection<QueryScores> scores)
    {
        var strict = scores.Where(s => s.HasStrict).ToList();
        var loose = scores.Where(s => s.HasLoose).ToList();
        return new MetricSummary(
            Mean(strict, s => s.Map),
            Mean(strict, s => s.NdcgPercent20),
            Mean(loose, s => s.NdcgAt10),
            Mean(loose, s => s.RecallAt10),
            Mean(loose, s => s.Mrr),
            scores.Count);
    }

    /// <summary>The issue's last line: map=... ndcg%20=... ndcg@10=... recall@10=... mrr=...</summary>
    public string ToLine() => string.Create(CultureInfo.InvariantCulture,
        $"map={Map:F4} ndcg%20={NdcgPercent20:F4} ndcg@10={NdcgAt10:F4} recall@10={RecallAt10:F4} mrr={Mrr:F4}");

    public string ToRow(string label) => string.Create(CultureInfo.InvariantCulture,
        $"{label,-28} {Map,7:F4} {NdcgPercent20,8:F4} {NdcgAt10,8:F4} {RecallAt10,9:F4} {Mrr,7:F4}");

    public static string Header => $"{"",-28} {"MAP",7} {"NDCG%20",8} {"NDCG@10",8} {"Recall@10",9} {"MRR",7}";

    private static double Mean(List<QueryScores> scores, Func<QueryScores, double> measure) =>
        scores.Count == 0 ? 0 : scores.Average(measure);
}

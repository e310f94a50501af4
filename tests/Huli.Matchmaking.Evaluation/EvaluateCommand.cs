using System.Diagnostics;

namespace Huli.Matchmaking.Evaluation;

/// <summary>make eval DATA=dir [POOL=1] [OUT=file]: ranks every query of one set with the shipped model, writes
/// the TREC run and prints the measures of plain BM25 and of the ranker, the ranker's on the last line.</summary>
public static class EvaluateCommand
{
    public static async Task<int> RunAsync(string data, bool pool, string? output, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var set = EvaluationSet.Load(data);
        using var workspace = new RankingWorkspace();
        await workspace.LoadAsync(set.Corpus, cancellationToken);
        Console.WriteLine($"{set.Name}: {set.Corpus.Count:N0} results and {set.Queries.Count} needs loaded in {clock.Elapsed.TotalSeconds:F1} s{(pool ? ", re-ranking each need's judged pool" : "")}");

        var queries = await QueryCollector.CollectAsync(set, workspace, pool, addJudged: false, cancellationToken);
        var model = workspace.Ranker.Models;
        var path = output ?? Path.Combine("artifacts", "eval", $"{set.Name}{(pool ? "-pool" : "")}.run");
        TrecRunFile.Write(path, queries.Select(q => (q.QueryId, q.ScoredBy(model))), "huli-matcher");

        var baseline = MetricSummary.Of([.. queries.Select(q => QueryScores.Of(q.QueryId, q.Baseline, q.Grades))]);
        var ranker = MetricSummary.Of([.. queries.Select(q => QueryScores.Of(q.QueryId, q.RankedBy(model), q.Grades))]);
        Console.WriteLine($"Run file: {path} ({clock.Elapsed.TotalSeconds:F1} s in all)");
        Console.WriteLine(MetricSummary.Header);
        Console.WriteLine(baseline.ToRow("plain BM25 (same tokens)"));
        Console.WriteLine(ranker.ToRow("two-stage ranker"));
        Console.WriteLine($"baseline {baseline.ToLine()}");
        Console.WriteLine(ranker.ToLine());
        return 0;
    }
}

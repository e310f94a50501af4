using Huli.Matchmaking.Matcher.Ranking;

namespace Huli.Matchmaking.Evaluation;

/// <summary>Runs every query of a set through the Matcher's two stages and keeps what the measures and the
/// trainer need. With <c>pool</c>, each query's judged documents are its candidates (CSFCube's protocol);
/// otherwise the BM25 stage picks <see cref="NeedRanker.CandidateCount"/>. With <c>addJudged</c> (training only)
/// judged documents the BM25 stage missed are added, so the trainer sees every labelled example.</summary>
public static class QueryCollector
{
    public static async Task<List<JudgedQuery>> CollectAsync(EvaluationSet set, RankingWorkspace workspace, bool pool, bool addJudged, CancellationToken cancellationToken)
    {
        var queries = new List<JudgedQuery>();
        foreach (var query in set.Queries)
        {
            var need = workspace.Need(query);
            var grades = set.Judgements.For(query.Id);
            var judged = grades.Keys.Select(workspace.ResultIdOf).OfType<Guid>().ToList();
            IReadOnlyList<Guid> baseline;
            IReadOnlyList<Guid> firstStage;
            if (pool)
            {
                // Plain BM25 over the pool: the index's order, restricted to the pool; pool documents sharing no
                // term with the query follow in pool order.
                var all = await workspace.Ranker.PlainBm25Async(need, workspace.Catalog.Count, cancellationToken);
                var inPool = judged.ToHashSet();
                baseline = [.. all.Where(inPool.Contains).Concat(judged).Distinct()];
                firstStage = judged;
            }
            else
            {
                baseline = await workspace.Ranker.PlainBm25Async(need, NeedRanker.CandidateCount, cancellationToken);
                firstStage = await workspace.Ranker.CandidatesAsync(need, NeedRanker.CandidateCount, cancellationToken);
            }

            var candidates = addJudged ? firstStage.Concat(judged) : firstStage;

            var scored = workspace.Ranker.Rerank(need, candidates, int.MaxValue);
            queries.Add(new JudgedQuery(
                set.Name,
                query.Id,
                need.Language,
                grades,
                [.. baseline.Select(workspace.DocumentId)],
                [.. firstStage.Select(workspace.DocumentId)],
                [.. scored.Select(s => (workspace.DocumentId(s.Result.ResultId), s))],
                pool));
        }

        return queries;
    }
}

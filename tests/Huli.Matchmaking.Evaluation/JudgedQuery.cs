using Huli.Matchmaking.Matcher.Ranking;
using Huli.Matchmaking.Matcher.Ranking.Learning;

namespace Huli.Matchmaking.Evaluation;

/// <summary>A query with its judgements, the plain BM25 ranking (the baseline), the candidates of the first stage
/// (the judged pool under CSFCube's protocol) and their feature vectors.
/// Features do not depend on the model, so any model can re-rank the candidates without ranking again.</summary>
public sealed record JudgedQuery(
    string Set,
    string QueryId,
    string Language,
    IReadOnlyDictionary<string, int> Grades,
    IReadOnlyList<string> Baseline,
    IReadOnlyList<string> FirstStage,
    IReadOnlyList<(string DocumentId, ScoredResult Scored)> Candidates,
    bool Pool)
{
    /// <summary>Document ids best first under a model, ties broken by document id. Only the first stage's
    /// candidates take part, as in the service; judged documents added for training do not.</summary>
    public IReadOnlyList<string> RankedBy(RankingModels models) => [.. ScoredBy(models).Select(c => c.DocumentId)];

    public IReadOnlyList<(string DocumentId, double Score)> ScoredBy(RankingModels models)
    {
        var model = models.For(Language);
        var firstStage = FirstStage.ToHashSet(StringComparer.Ordinal);
        return [.. Candidates
            .Where(c => firstStage.Contains(c.DocumentId))
            .Select(c => (c.DocumentId, Score: model.Score(c.Scored.Features)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.DocumentId, StringComparer.Ordinal)];
    }

    /// <summary>Training examples: every candidate with its grade (unjudged counts as 0).</summary>
    public IEnumerable<LabelledCandidate> Examples() =>
        Candidates.Select(c => new LabelledCandidate($"{Set}/{QueryId}", c.Scored.Features, Math.Max(0, Grades.GetValueOrDefault(c.DocumentId)), Language));
}

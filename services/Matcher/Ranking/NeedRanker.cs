using Huli.Matchmaking.Matcher.Ranking.Features;
using Huli.Matchmaking.Matcher.Ranking.Learning;
using Huli.Matchmaking.Matcher.Ranking.Profiles;
using Huli.Matchmaking.Search;

namespace Huli.Matchmaking.Matcher.Ranking;

/// <summary>
/// Ranks the listed research results for one need in two stages: BM25 from the search index over the analysed
/// title, keywords and text picks the top <see cref="CandidateCount"/> candidates, then the learned model
/// re-ranks them by their features, computed here from the in-memory catalog so every search backend ranks alike.
/// The Matcher's consumers, the evaluation harness and the benchmark all rank through this class.
/// </summary>
public sealed class NeedRanker(MatchingIndexes indexes, ResultCatalog catalog, ProfileAnalyzer analyzer, RankingModels models)
{
    public const int TopCount = 20;
    public const int CandidateCount = 200;

    /// <summary>The candidate query keeps a need's most telling terms only. A long need has hundreds of distinct
    /// terms, and the index pays for each one's postings, mostly for common words that barely move BM25; the
    /// re-ranking stage still weighs every term.</summary>
    public const int CandidateQueryTerms = 40;

    public RankingModels Models => models;

    public RankingModel ModelFor(NeedProfile need) => models.For(need.Language);

    public async Task<IReadOnlyList<ScoredResult>> RankAsync(NeedProfile need, CancellationToken cancellationToken, int top = TopCount)
    {
        var candidates = await CandidatesAsync(need, CandidateCount, cancellationToken);
        return Rerank(need, candidates, top);
    }

    /// <summary>The first stage alone: the ids of the best BM25 matches, best first.</summary>
    public async Task<IReadOnlyList<Guid>> CandidatesAsync(NeedProfile need, int count, CancellationToken cancellationToken)
    {
        var hits = await indexes.Results.SearchAsync(new SearchRequest(CandidateQuery(need), count, WithMatchedTerms: false), cancellationToken);
        return [.. hits.Select(h => Guid.Parse(h.Id))];
    }

    /// <summary>Plain BM25 over all of the need's tokens, as the Matcher ranked before re-ranking existed: the
    /// baseline that the evaluation and the benchmark measure the two stages against.</summary>
    public async Task<IReadOnlyList<Guid>> PlainBm25Async(NeedProfile need, int count, CancellationToken cancellationToken)
    {
        var hits = await indexes.Results.SearchAsync(new SearchRequest(analyzer.QueryTokens(need.Tokens), count, WithMatchedTerms: false), cancellationToken);
        return [.. hits.Select(h => Guid.Parse(h.Id))];
    }

    /// <summary>The need's tokens, restricted to its <see cref="CandidateQueryTerms"/> terms of highest query
    /// frequency times IDF, each as often as the need says it, in the need's order.</summary>
    public IReadOnlyList<string> CandidateQuery(NeedProfile need)
    {
        var tokens = need.Tokens.Title.Concat(need.Tokens.KeywordTokens).Concat(need.Tokens.Text).ToList();
        var kept = tokens.CountBy(t => t)
            .OrderByDescending(t => t.Value * catalog.Idf(t.Key))
            .ThenBy(t => analyzer.Vocabulary.TokenOf(t.Key), StringComparer.Ordinal)
            .Take(CandidateQueryTerms)
            .Select(t => t.Key)
            .ToHashSet();
        return [.. tokens.Where(kept.Contains).Select(analyzer.Vocabulary.TokenOf)];
    }

    /// <summary>The second stage alone, over any candidates (the evaluation passes a judged pool). Candidates the
    /// catalog does not hold (not listed, or indexed before a crash kept them off the record) are left out.</summary>
    public IReadOnlyList<ScoredResult> Rerank(NeedProfile need, IEnumerable<Guid> candidates, int top = TopCount, RankingModel? with = null)
    {
        var scorer = Prepare(need);
        var scored = new List<ScoredResult>();
        foreach (var id in candidates.Distinct())
        {
            if (catalog.Find(id) is { } result)
            {
                scored.Add(Score(scorer, result, with));
            }
        }

        scored.Sort(ScoredResult.BestFirst);
        return scored.Count > top ? scored[..top] : scored;
    }

    /// <summary>Prepares a need once for scoring many results with <see cref="Score"/>.</summary>
    public FeatureScorer Prepare(NeedProfile need) => new(new NeedQuery(need, catalog), catalog);

    public ScoredResult Score(FeatureScorer scorer, ResultProfile result, RankingModel? with = null)
    {
        var features = scorer.Score(result);
        return new ScoredResult(result, (with ?? ModelFor(scorer.Query.Need)).Score(features), features);
    }

    /// <summary>The need's distinct terms that the result contains, in the need's order, as readable tokens.</summary>
    public IReadOnlyList<string> MatchedTerms(NeedProfile need, ResultProfile result)
    {
        var contained = result.Tokens.Distinct();
        var needTokens = need.Tokens.Title.Concat(need.Tokens.KeywordTokens).Concat(need.Tokens.Text);
        return [.. needTokens.Where(contained.Contains).Distinct().Select(analyzer.Vocabulary.TokenOf)];
    }
}

/// <summary>A result with its model score and the feature vector the score came from.</summary>
public sealed record ScoredResult(ResultProfile Result, double Score, double[] Features)
{
    /// <summary>Higher score first; ties by id, so equal scores rank the same way on every run.</summary>
    public static int BestFirst(ScoredResult a, ScoredResult b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        return byScore != 0 ? byScore : a.Result.ResultId.CompareTo(b.Result.ResultId);
    }
}

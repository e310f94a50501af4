using Huli.Matchmaking.Matcher.Domain;
using Huli.Matchmaking.Search;

namespace Huli.Matchmaking.Matcher.Ranking;

/// <summary>Ranks the listed research results for one need: BM25 over the analysed title, keywords and text,
/// the top <see cref="TopCount"/>.</summary>
public sealed class NeedRanker(MatchingIndexes indexes)
{
    public const int TopCount = 20;

    public async Task<IReadOnlyList<SearchHit>> RankAsync(MatchableNeed need, CancellationToken cancellationToken)
    {
        var tokens = indexes.QueryTokens(need.Title, need.Keywords, need.Description);
        return await indexes.Results.SearchAsync(new SearchRequest(tokens, TopCount), cancellationToken);
    }
}

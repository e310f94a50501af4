using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.Matcher.Domain;
using Huli.Matchmaking.Matcher.Ranking.Explanations;
using Huli.Matchmaking.Matcher.Ranking.Profiles;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Matcher.Ranking;

/// <summary>Re-ranks needs and, where a need's top list changed, stores the new list with its reasons and queues
/// <c>PairingsRanked</c> in the same unit of work. The caller saves.</summary>
public sealed class RankingUpdater(MatcherDbContext db, NeedRanker ranker, NeedCatalog needs, TimeProvider clock)
{
    public async Task<int> RerankAsync(IReadOnlyCollection<Guid> needIds, CancellationToken cancellationToken)
    {
        var changed = 0;
        var open = await db.Needs.Where(n => needIds.Contains(n.NeedId) && n.IsOpen).ToListAsync(cancellationToken);
        foreach (var need in open)
        {
            if (await RerankAsync(need, cancellationToken))
            {
                changed++;
            }
        }

        return changed;
    }

    /// <summary>Re-ranks one need; true when its top list changed.</summary>
    public async Task<bool> RerankAsync(MatchableNeed need, CancellationToken cancellationToken)
    {
        if (needs.Find(need.NeedId) is not { } profile)
        {
            return false;
        }

        var ranked = await ranker.RankAsync(profile, cancellationToken);
        var current = await db.Pairings.Where(p => p.NeedId == need.NeedId).OrderBy(p => p.Rank).ToListAsync(cancellationToken);

        // Scores move whenever the corpus grows; only a different list, or a different order, is news.
        var unchanged = need.RankingRevision > 0
            && current.Select(p => p.ResultId).SequenceEqual(ranked.Select(s => s.Result.ResultId));
        if (unchanged)
        {
            return false;
        }

        db.Pairings.RemoveRange(current);
        var published = new List<RankedResult>(ranked.Count);
        foreach (var (scored, rank) in ranked.Select((s, i) => (s, i + 1)))
        {
            var result = scored.Result;
            var terms = ranker.MatchedTerms(profile, result);
            var reasons = PairingExplainer.Explain(profile, scored, ranker.ModelFor(profile));
            db.Pairings.Add(new RankedPairing
            {
                NeedId = need.NeedId,
                ResultId = result.ResultId,
                Rank = rank,
                Score = scored.Score,
                MatchedTerms = [.. terms],
                Reasons = [.. reasons],
            });
            published.Add(new RankedResult(result.ResultId, result.Title, result.Institute, rank, scored.Score, terms, reasons, result.Fields, result.Trl));
        }

        need.RankingRevision++;
        db.Enqueue(
            new PairingsRanked(need.NeedId, need.Title, need.Enterprise, need.Fields, need.RankingRevision, published, clock.GetUtcNow()),
            clock);
        return true;
    }
}

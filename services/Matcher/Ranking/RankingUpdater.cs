using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.Matcher.Domain;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Matcher.Ranking;

/// <summary>Re-ranks needs and, where a need's top list changed, stores the new list and queues
/// <c>PairingsRanked</c> in the same unit of work. The caller saves.</summary>
public sealed class RankingUpdater(MatcherDbContext db, NeedRanker ranker, TimeProvider clock)
{
    public async Task<int> RerankAsync(IReadOnlyCollection<Guid> needIds, CancellationToken cancellationToken)
    {
        var changed = 0;
        var needs = await db.Needs.Where(n => needIds.Contains(n.NeedId) && n.IsOpen).ToListAsync(cancellationToken);
        foreach (var need in needs)
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
        var found = await ranker.RankAsync(need, cancellationToken);

        // Find, unlike a query, also sees the result this unit of work is adding. The index is written before
        // the database, so after a crash it can briefly hold a result that is not on record: rank only those
        // that are, and listed.
        var results = new Dictionary<Guid, MatchableResult>();
        foreach (var hit in found)
        {
            var result = await db.Results.FindAsync([Guid.Parse(hit.Id)], cancellationToken);
            if (result is { IsListed: true })
            {
                results[result.ResultId] = result;
            }
        }

        var hits = found.Where(h => results.ContainsKey(Guid.Parse(h.Id))).ToList();
        var current = await db.Pairings.Where(p => p.NeedId == need.NeedId).OrderBy(p => p.Rank).ToListAsync(cancellationToken);

        // Scores move whenever the corpus grows; only a different list, or a different order, is news.
        var unchanged = need.RankingRevision > 0
            && current.Select(p => p.ResultId.ToString()).SequenceEqual(hits.Select(h => h.Id));
        if (unchanged)
        {
            return false;
        }

        db.Pairings.RemoveRange(current);
        var ranked = new List<RankedResult>(hits.Count);
        foreach (var (hit, rank) in hits.Select((h, i) => (h, i + 1)))
        {
            var resultId = Guid.Parse(hit.Id);
            var result = results[resultId];
            db.Pairings.Add(new RankedPairing
            {
                NeedId = need.NeedId,
                ResultId = resultId,
                Rank = rank,
                Score = hit.Score,
                MatchedTerms = [.. hit.MatchedTerms],
            });
            ranked.Add(new RankedResult(resultId, result.Title, result.Institute, rank, hit.Score, hit.MatchedTerms));
        }

        need.RankingRevision++;
        db.Enqueue(
            new PairingsRanked(need.NeedId, need.Title, need.Enterprise, need.Fields, need.RankingRevision, ranked, clock.GetUtcNow()),
            clock);
        return true;
    }
}

using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.Matcher.Ranking.Features;
using Huli.Matchmaking.Matcher.Ranking.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Matcher.Ranking;

/// <summary>
/// The open needs whose top list new or changed results now enter or may leave: each is scored against every
/// open need directly and compared with the lowest score on that need's stored list, instead of re-ranking every
/// need. Only those needs, and the needs it is already listed for, are re-ranked; the full ranking then decides
/// (a result must also be among the need's BM25 candidates to enter).
/// </summary>
public sealed class EnteringNeeds(MatcherDbContext db, NeedRanker ranker, NeedCatalog needs)
{
    public async Task<IReadOnlyCollection<Guid>> FindAsync(IReadOnlyCollection<ResultProfile> results, CancellationToken cancellationToken)
    {
        var ids = results.Select(r => r.ResultId).ToList();
        var affected = (await db.Pairings.Where(p => ids.Contains(p.ResultId)).Select(p => p.NeedId).ToListAsync(cancellationToken))
            .ToHashSet();
        var open = needs.Open.ToList();
        if (open.Count == 0)
        {
            return affected;
        }

        var floors = await db.Pairings
            .GroupBy(p => p.NeedId)
            .Select(g => new { NeedId = g.Key, Count = g.Count(), Lowest = g.Min(p => p.Score) })
            .ToDictionaryAsync(f => f.NeedId, cancellationToken);
        foreach (var need in open)
        {
            var query = ranker.Prepare(need);
            foreach (var result in results)
            {
                var scored = ranker.Score(query, result);

                // Sharing no term with the need, it cannot be one of the need's BM25 candidates.
                if (scored.Features[(int)RankingFeature.WeightedBm25] <= 0)
                {
                    continue;
                }

                if (!floors.TryGetValue(need.NeedId, out var floor) || floor.Count < NeedRanker.TopCount || scored.Score > floor.Lowest)
                {
                    affected.Add(need.NeedId);
                    break;
                }
            }
        }

        return affected;
    }
}

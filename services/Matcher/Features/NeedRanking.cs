using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Matcher.Features;

/// <summary>A need's current top list, as the Matcher last ranked it.</summary>
public sealed record GetNeedRanking(Guid NeedId) : IQuery<Outcome<NeedRanking>>;

public sealed record NeedRanking(Guid NeedId, string Title, bool IsOpen, int Revision, IReadOnlyList<RankedEntry> Results);

/// <summary>One ranked result with the need's terms it contains and the main reasons for its place.</summary>
public sealed record RankedEntry(
    int Rank, Guid ResultId, string Title, string Institute, double Score, IReadOnlyList<string> MatchedTerms, IReadOnlyList<RankingReason> Reasons);

internal sealed class GetNeedRankingHandler(MatcherDbContext db) : IQueryHandler<GetNeedRanking, Outcome<NeedRanking>>
{
    public async ValueTask<Outcome<NeedRanking>> Handle(GetNeedRanking query, CancellationToken cancellationToken)
    {
        var need = await db.Needs.AsNoTracking().SingleOrDefaultAsync(n => n.NeedId == query.NeedId, cancellationToken);
        if (need is null || need.RankingRevision == 0)
        {
            return Outcome<NeedRanking>.NotFound();
        }

        var entries = await db.Pairings.AsNoTracking()
            .Where(p => p.NeedId == query.NeedId)
            .Join(db.Results, p => p.ResultId, r => r.ResultId, (p, r) => new { p.Rank, p.ResultId, r.Title, r.Institute, p.Score, p.MatchedTerms, p.Reasons })
            .ToListAsync(cancellationToken);
        var results = entries
            .OrderBy(e => e.Rank)
            .Select(e => new RankedEntry(e.Rank, e.ResultId, e.Title, e.Institute, e.Score, e.MatchedTerms, e.Reasons))
            .ToList();
        return Outcome<NeedRanking>.Ok(new NeedRanking(need.NeedId, need.Title, need.IsOpen, need.RankingRevision, results));
    }
}

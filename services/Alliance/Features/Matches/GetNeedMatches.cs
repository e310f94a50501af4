using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Features.Review;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Matches;

/// <summary>A need's current ranked matches with the Matcher's reasons, for the enterprise that owns the need
/// (or a coordinator). Anyone else is told there is no such need, so its existence does not leak.</summary>
public sealed record GetNeedMatches(Guid NeedId, Caller Caller) : IQuery<Outcome<NeedMatches>>;

public sealed record NeedMatches(Guid NeedId, string NeedTitle, IReadOnlyList<NeedMatch> Matches);

public sealed record NeedMatch(
    Guid PairingId,
    int Rank,
    double Score,
    Guid ResultId,
    string ResultTitle,
    string Institute,
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<RankingReason> Reasons,
    PairingStatus Status);

internal sealed class GetNeedMatchesHandler(AllianceDbContext db) : IQueryHandler<GetNeedMatches, Outcome<NeedMatches>>
{
    public async ValueTask<Outcome<NeedMatches>> Handle(GetNeedMatches query, CancellationToken cancellationToken)
    {
        var need = await db.Needs.AsNoTracking().SingleOrDefaultAsync(n => n.NeedId == query.NeedId, cancellationToken);
        var pairings = await db.Pairings.AsNoTracking()
            .Where(p => p.NeedId == query.NeedId && p.Rank != null)
            .OrderBy(p => p.Rank)
            .ToListAsync(cancellationToken);
        if (pairings.Count == 0 && need is null)
        {
            return Outcome<NeedMatches>.NotFound();
        }

        var owner = need?.Enterprise ?? pairings[0].Enterprise;
        if (!query.Caller.IsCoordinator && query.Caller.Organisation != owner)
        {
            return Outcome<NeedMatches>.NotFound();
        }

        var matches = pairings.Select(p => new NeedMatch(
            p.Id, p.Rank!.Value, p.Score, p.ResultId, p.ResultTitle, p.Institute, p.MatchedTerms, PairingSummary.ReasonsOf(p), p.Status));
        return Outcome<NeedMatches>.Ok(new NeedMatches(query.NeedId, need?.Title ?? pairings[0].NeedTitle, [.. matches]));
    }
}

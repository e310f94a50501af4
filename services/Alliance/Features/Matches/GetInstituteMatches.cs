using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Features.Review;
using Huli.Matchmaking.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Matches;

/// <summary>The needs an institute's results were paired with (still ranked, or decided by a coordinator), each
/// need shown as its confidentiality allows. Matched terms and reasons quote the need's text, so they are shown
/// only where the description is.</summary>
public sealed record GetInstituteMatches(string Institute) : IQuery<InstituteMatches>;

public sealed record InstituteMatches(string Institute, IReadOnlyList<InstituteMatch> Matches);

public sealed record InstituteMatch(
    Guid PairingId,
    int? Rank,
    double Score,
    PairingStatus Status,
    Guid ResultId,
    string ResultTitle,
    bool Sealed,
    MatchedNeed? Need,
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<RankingReason> Reasons);

/// <summary>The need's side; the description is null where only the summary may be read.</summary>
public sealed record MatchedNeed(Guid Id, string Title, string? Description, IReadOnlyList<string> Fields, string Enterprise);

internal sealed class GetInstituteMatchesHandler(AllianceDbContext db) : IQueryHandler<GetInstituteMatches, InstituteMatches>
{
    private const int MaxMatches = 500;

    public async ValueTask<InstituteMatches> Handle(GetInstituteMatches query, CancellationToken cancellationToken)
    {
        var pairings = await db.Pairings.AsNoTracking()
            .Where(p => p.Institute == query.Institute && (p.Rank != null || p.Status != PairingStatus.Proposed))
            .OrderBy(p => p.Status == PairingStatus.Proposed)
            .ThenBy(p => p.Rank)
            .ThenBy(p => p.Id)
            .Take(MaxMatches)
            .ToListAsync(cancellationToken);
        var needIds = pairings.Select(p => p.NeedId).Distinct().ToList();
        var needs = await db.Needs.AsNoTracking().Where(n => needIds.Contains(n.NeedId)).ToDictionaryAsync(n => n.NeedId, cancellationToken);
        var matches = pairings.Select(p =>
        {
            var need = needs.GetValueOrDefault(p.NeedId);
            var visible = MatchVisibility.MaySee(p, need);
            var whole = MatchVisibility.MaySeeDescription(p, need);
            return new InstituteMatch(
                p.Id,
                p.Rank,
                p.Score,
                p.Status,
                p.ResultId,
                p.ResultTitle,
                Sealed: !visible,
                visible ? new MatchedNeed(need!.NeedId, need.Title, whole ? need.Description : null, need.Fields, need.Enterprise) : null,
                whole ? p.MatchedTerms : [],
                whole ? PairingSummary.ReasonsOf(p) : []);
        });
        return new InstituteMatches(query.Institute, [.. matches]);
    }
}

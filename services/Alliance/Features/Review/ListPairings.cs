using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Review;

/// <summary>The coordinators' review queue: pairings by need and status, best-ranked first; pairings that fell
/// out of their need's top list come last.</summary>
public sealed record ListPairings(Guid? NeedId, PairingStatus? Status, int Page, int PageSize) : IQuery<PairingPage>;

public sealed record PairingPage(int Page, int PageSize, int Total, IReadOnlyList<PairingDetails> Pairings);

internal sealed class ListPairingsHandler(AllianceDbContext db) : IQueryHandler<ListPairings, PairingPage>
{
    public async ValueTask<PairingPage> Handle(ListPairings query, CancellationToken cancellationToken)
    {
        var pairings = db.Pairings.AsNoTracking();
        if (query.NeedId is { } needId)
        {
            pairings = pairings.Where(p => p.NeedId == needId);
        }

        if (query.Status is { } status)
        {
            pairings = pairings.Where(p => p.Status == status);
        }

        var total = await pairings.CountAsync(cancellationToken);
        var page = await pairings
            .OrderBy(p => p.Rank == null)
            .ThenBy(p => p.Rank)
            .ThenByDescending(p => p.Score)
            .ThenBy(p => p.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new PairingPage(query.Page, query.PageSize, total, page.Select(PairingDetails.From).ToList());
    }
}

using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Review;

/// <summary>The coordinators' review queue, filtered; best-ranked first, and pairings that fell out of their
/// need's top list last.</summary>
public sealed record ListPairings(PairingFilter Filter, int Page, int PageSize) : IQuery<PairingPage>;

public sealed record PairingFilter(
    Guid? NeedId = null,
    PairingStatus? Status = null,
    string? Field = null,
    string? Institute = null,
    string? Enterprise = null,
    bool? Flagged = null)
{
    public IQueryable<Pairing> Apply(IQueryable<Pairing> pairings)
    {
        if (NeedId is { } needId)
        {
            pairings = pairings.Where(p => p.NeedId == needId);
        }

        if (Status is { } status)
        {
            pairings = pairings.Where(p => p.Status == status);
        }

        if (Field is { } field)
        {
            pairings = pairings.Where(p => p.NeedFields.Contains(field));
        }

        if (Institute is { } institute)
        {
            pairings = pairings.Where(p => p.Institute == institute);
        }

        if (Enterprise is { } enterprise)
        {
            pairings = pairings.Where(p => p.Enterprise == enterprise);
        }

        if (Flagged is { } flagged)
        {
            pairings = pairings.Where(p => (p.FlaggedAt != null) == flagged);
        }

        return pairings;
    }
}

public sealed record PairingPage(int Page, int PageSize, int Total, IReadOnlyList<PairingSummary> Pairings);

internal sealed class ListPairingsHandler(AllianceDbContext db) : IQueryHandler<ListPairings, PairingPage>
{
    public async ValueTask<PairingPage> Handle(ListPairings query, CancellationToken cancellationToken)
    {
        var pairings = query.Filter.Apply(db.Pairings.AsNoTracking());
        var total = await pairings.CountAsync(cancellationToken);
        var page = await pairings
            .OrderBy(p => p.Rank == null)
            .ThenBy(p => p.Rank)
            .ThenByDescending(p => p.Score)
            .ThenBy(p => p.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new PairingPage(query.Page, query.PageSize, total, [.. page.Select(PairingSummary.From)]);
    }
}

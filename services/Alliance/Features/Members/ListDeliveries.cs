using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Members;

/// <summary>A webhook member's deliveries, newest first, optionally of one status (the dead letters, say).</summary>
public sealed record ListDeliveries(Guid MemberId, MemberDeliveryStatus? Status) : IQuery<Outcome<DeliveryList>>;

internal sealed class ListDeliveriesHandler(AllianceDbContext db) : IQueryHandler<ListDeliveries, Outcome<DeliveryList>>
{
    private const int Newest = 500;

    public async ValueTask<Outcome<DeliveryList>> Handle(ListDeliveries query, CancellationToken cancellationToken)
    {
        if (!await db.Members.AnyAsync(m => m.Id == query.MemberId, cancellationToken))
        {
            return Outcome<DeliveryList>.NotFound();
        }

        var deliveries = db.MemberDeliveries.AsNoTracking().Where(d => d.MemberId == query.MemberId);
        if (query.Status is { } status)
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }

        var newest = await deliveries.OrderByDescending(d => d.Id).Take(Newest).ToListAsync(cancellationToken);
        return Outcome<DeliveryList>.Ok(new DeliveryList([.. newest.Select(DeliveryDetails.From)]));
    }
}

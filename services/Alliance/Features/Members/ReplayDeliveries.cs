using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Alliance.Features.Members.Webhooks;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Alliance.Features.Members;

/// <summary>Puts deliveries back in line for the webhook sender: one (dead-lettered or delivered, for a member
/// that lost it), or every dead letter of the member when <paramref name="DeliveryId"/> is null. They keep their
/// body, so the member receives what it would have received then.</summary>
public sealed record ReplayDeliveries(Guid MemberId, Guid? DeliveryId) : ICommand<Outcome<DeliveryList>>;

internal sealed class ReplayDeliveriesHandler(AllianceDbContext db, OutboxSignal<MemberWebhookSender> sender)
    : ICommandHandler<ReplayDeliveries, Outcome<DeliveryList>>
{
    public async ValueTask<Outcome<DeliveryList>> Handle(ReplayDeliveries command, CancellationToken cancellationToken)
    {
        var status = await db.Members.Where(m => m.Id == command.MemberId).Select(m => (MemberStatus?)m.Status).SingleOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            return Outcome<DeliveryList>.NotFound();
        }

        if (status == MemberStatus.Suspended)
        {
            return Outcome<DeliveryList>.Conflict(new LocalText("该成员已暂停；恢复后才会发送其投递。", "The member is suspended; its deliveries are sent once it is reinstated."));
        }

        var deliveries = db.MemberDeliveries.Where(d => d.MemberId == command.MemberId);
        var replayed = command.DeliveryId is { } id
            ? await deliveries.Where(d => d.Id == id).ToListAsync(cancellationToken)
            : await deliveries.Where(d => d.Status == MemberDeliveryStatus.DeadLettered).ToListAsync(cancellationToken);
        if (command.DeliveryId is not null && replayed.Count == 0)
        {
            return Outcome<DeliveryList>.NotFound();
        }

        if (replayed.Any(d => d.Status == MemberDeliveryStatus.Pending))
        {
            return Outcome<DeliveryList>.Conflict(new LocalText("该投递仍在等待发送，发送程序正在处理。", "This delivery is still pending; the sender is on it."));
        }

        foreach (var delivery in replayed)
        {
            delivery.Status = MemberDeliveryStatus.Pending;
            delivery.Attempts = 0;
            delivery.LastError = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        sender.Notify();
        return Outcome<DeliveryList>.Ok(new DeliveryList([.. replayed.Select(DeliveryDetails.From)]));
    }
}

using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Mediator;

namespace Huli.Matchmaking.Alliance.Features.Members;

/// <summary>Replaces a member's subscription. A bus member's queue is rebound first: if the broker is away the
/// old subscription stays in force on both sides, and trying again completes the change.</summary>
public sealed record ChangeSubscription(Guid Id, MemberSubscription Subscription, int? ExpectedVersion) : ICommand<Outcome<MemberDetails>>;

internal sealed class ChangeSubscriptionHandler(AllianceDbContext db, MemberBrokerAccounts broker)
    : ICommandHandler<ChangeSubscription, Outcome<MemberDetails>>
{
    public async ValueTask<Outcome<MemberDetails>> Handle(ChangeSubscription command, CancellationToken cancellationToken)
    {
        var (member, refusal) = await MemberToChange.FindAsync(db, command.Id, command.ExpectedVersion, cancellationToken);
        if (member is null)
        {
            return refusal;
        }

        member.Subscription = command.Subscription;
        member.Version++;
        // A suspended member's queue stays unbound; reinstating binds it to the subscription as it is then.
        if (member.Delivery == MemberDeliveryChannel.Bus && broker.Names.Enabled && member.Status == MemberStatus.Active)
        {
            await broker.BindAsync(member, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<MemberDetails>.Ok(MemberDetails.From(member, broker.Names));
    }
}

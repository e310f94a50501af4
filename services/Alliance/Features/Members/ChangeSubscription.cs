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
        var member = await db.Members.FindAsync([command.Id], cancellationToken);
        if (member is null)
        {
            return Outcome<MemberDetails>.NotFound();
        }

        if (command.ExpectedVersion is { } expected && expected != member.Version)
        {
            return Outcome<MemberDetails>.Conflict($"The member changed meanwhile (version {member.Version}, you sent {expected}); reload and try again.");
        }

        member.Subscription = command.Subscription;
        member.Version++;
        if (member.Delivery == MemberDeliveryChannel.Bus && broker.Names.Enabled)
        {
            await broker.BindAsync(member, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<MemberDetails>.Ok(MemberDetails.From(member, broker.Names));
    }
}

using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Alliance.Features.Members.Webhooks;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Mediator;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Alliance.Features.Members;

/// <summary>Brings a suspended member back: a bus member gets its permissions and bindings again (same login,
/// same password), a webhook member's deliveries that waited while it was suspended go out.</summary>
public sealed record ReinstateMember(Guid Id, Caller Caller, int? ExpectedVersion) : ICommand<Outcome<MemberDetails>>;

internal sealed class ReinstateMemberHandler(AllianceDbContext db, MemberBrokerAccounts broker, OutboxSignal<MemberWebhookSender> webhooks, TimeProvider clock)
    : ICommandHandler<ReinstateMember, Outcome<MemberDetails>>
{
    public async ValueTask<Outcome<MemberDetails>> Handle(ReinstateMember command, CancellationToken cancellationToken)
    {
        var (member, refusal) = await MemberToChange.FindAsync(db, command.Id, command.ExpectedVersion, cancellationToken);
        if (member is null)
        {
            return refusal;
        }

        if (member.Status == MemberStatus.Active)
        {
            return Outcome<MemberDetails>.Conflict(new LocalText("该成员状态正常；只有已暂停的成员才能恢复。", "The member is active; only a suspended member can be reinstated."));
        }

        if (member.Delivery == MemberDeliveryChannel.Bus && broker.Names.Enabled)
        {
            await broker.ReinstateAsync(member, cancellationToken);
        }

        db.MemberStatusChanges.Add(member.Reinstate(clock.GetUtcNow(), command.Caller.User));
        await db.SaveChangesAsync(cancellationToken);
        webhooks.Notify();
        return Outcome<MemberDetails>.Ok(MemberDetails.From(member, broker.Names));
    }
}

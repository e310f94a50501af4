using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Mediator;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Alliance.Features.Members;

/// <summary>Takes a member off the alliance's deliveries, with the reason on record. A bus member is cut off on
/// the broker before the suspension is saved: if the broker is away the member stays active on both sides, and
/// trying again completes the suspension.</summary>
public sealed record SuspendMember(Guid Id, string Reason, Caller Caller, int? ExpectedVersion) : ICommand<Outcome<MemberDetails>>;

internal sealed class SuspendMemberHandler(AllianceDbContext db, MemberBrokerAccounts broker, TimeProvider clock)
    : ICommandHandler<SuspendMember, Outcome<MemberDetails>>
{
    public async ValueTask<Outcome<MemberDetails>> Handle(SuspendMember command, CancellationToken cancellationToken)
    {
        var (member, refusal) = await MemberToChange.FindAsync(db, command.Id, command.ExpectedVersion, cancellationToken);
        if (member is null)
        {
            return refusal;
        }

        if (member.Status == MemberStatus.Suspended)
        {
            return Outcome<MemberDetails>.Conflict(new LocalText($"该成员已被暂停（{member.SuspendedBy}，{member.SuspendedAt:u}）；请先恢复。", $"The member is already suspended (by {member.SuspendedBy} at {member.SuspendedAt:u}); reinstate it first."));
        }

        if (member.Delivery == MemberDeliveryChannel.Bus && broker.Names.Enabled)
        {
            await broker.SuspendAsync(member, cancellationToken);
        }

        db.MemberStatusChanges.Add(member.Suspend(clock.GetUtcNow(), command.Caller.User, command.Reason));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<MemberDetails>.Ok(MemberDetails.From(member, broker.Names));
    }
}

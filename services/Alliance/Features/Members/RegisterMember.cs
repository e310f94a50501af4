using System.Security.Cryptography;
using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Alliance.Features.Members.Webhooks;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Mediator;

namespace Huli.Matchmaking.Alliance.Features.Members;

/// <summary>Registers a member organisation. A bus member gets its broker account before the member is saved,
/// so a saved bus member always has one; the password and the webhook secret are answered once and the password
/// is never stored (the broker keeps only its hash); the secret is stored sealed (<see cref="WebhookSecrets"/>).</summary>
public sealed record RegisterMember(Member Draft, Caller Caller) : ICommand<Outcome<MemberDetails>>;

internal sealed class RegisterMemberHandler(AllianceDbContext db, MemberBrokerAccounts broker, WebhookSecrets secrets, TimeProvider clock)
    : ICommandHandler<RegisterMember, Outcome<MemberDetails>>
{
    public async ValueTask<Outcome<MemberDetails>> Handle(RegisterMember command, CancellationToken cancellationToken)
    {
        var member = command.Draft;
        member.Id = Guid.CreateVersion7();
        member.Code = "m" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        member.RegisteredAt = clock.GetUtcNow();
        member.RegisteredBy = command.Caller.User;
        string? password = null;
        string? webhookSecret = null;
        if (member.Delivery == MemberDeliveryChannel.Bus)
        {
            password = WebhookSecrets.Generate();
            await broker.ProvisionAsync(member, password, cancellationToken);
        }
        else
        {
            webhookSecret = WebhookSecrets.Generate();
            member.WebhookSecret = secrets.Seal(webhookSecret);
        }

        db.Members.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        var details = MemberDetails.From(member, broker.Names);
        return Outcome<MemberDetails>.Ok(details with
        {
            Bus = details.Bus is null ? null : details.Bus with { Password = password },
            WebhookSecret = webhookSecret,
        });
    }
}

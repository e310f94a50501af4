using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Alliance.Features.Members.Webhooks;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Mediator;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Alliance.Features.Members;

/// <summary>A webhook member's new secret, answered this once, like the first.</summary>
public sealed record RotatedWebhookSecret(Guid MemberId, string WebhookSecret, int Version);

/// <summary>Gives a webhook member a new signing secret: when the old one leaked, or when the key ring that sealed
/// it was lost. Posts sent from now on are signed with the new one; deliveries that were dead-lettered for want
/// of a readable secret can then be replayed.</summary>
public sealed record RotateWebhookSecret(Guid MemberId) : ICommand<Outcome<RotatedWebhookSecret>>;

internal sealed class RotateWebhookSecretHandler(AllianceDbContext db, WebhookSecrets secrets)
    : ICommandHandler<RotateWebhookSecret, Outcome<RotatedWebhookSecret>>
{
    public async ValueTask<Outcome<RotatedWebhookSecret>> Handle(RotateWebhookSecret command, CancellationToken cancellationToken)
    {
        var member = await db.Members.FindAsync([command.MemberId], cancellationToken);
        if (member is null)
        {
            return Outcome<RotatedWebhookSecret>.NotFound();
        }

        if (member.Delivery != MemberDeliveryChannel.Webhook)
        {
            return Outcome<RotatedWebhookSecret>.Conflict(new LocalText("该成员通过消息总线接收通知，没有 Webhook 签名密钥。", "This member receives its notices on the bus; it has no webhook secret."));
        }

        var secret = WebhookSecrets.Generate();
        member.WebhookSecret = secrets.Seal(secret);
        member.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<RotatedWebhookSecret>.Ok(new RotatedWebhookSecret(member.Id, secret, member.Version));
    }
}

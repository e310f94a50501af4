using System.Text.Json;
using System.Text.Json.Serialization;
using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Alliance.Features.Members.Webhooks;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Members;

/// <summary>Hands a ranking or a confirmation to every member whose subscription it matches. Bus members get
/// it through the members' topic exchange, keyed by field and member, so the broker puts it into that member's
/// queue only, and only through a binding for a field the member subscribed to. Webhook members get a stored
/// delivery that the webhook sender posts.</summary>
public sealed class MemberRouting(AllianceDbContext db, MemberBrokerNames broker, OutboxSignal<MemberWebhookSender> webhooks, TimeProvider clock)
{
    /// <summary>The notice's JSON as the API writes JSON: camelCase, choices as camelCase names.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <param name="Key">What happened, once: "ranked:&lt;need&gt;:&lt;revision&gt;" or "confirmed:&lt;pairing&gt;".</param>
    public sealed record Event(
        string Key,
        MemberNoticeKind Kind,
        Guid NeedId,
        string NeedTitle,
        string Enterprise,
        IReadOnlyList<string> Fields,
        IReadOnlyList<RankedResult> Results,
        Guid? PairingId,
        DateTimeOffset At);

    /// <summary>Sends what goes by bus and stores what goes by webhook; <see cref="SaveAsync"/> commits. Sending
    /// first means a crash between the two repeats a bus delivery (at least once) instead of losing it.</summary>
    public async Task HandOutAsync(Event happened, MemberNeedProfile? need, ISendEndpointProvider sender, CancellationToken ct)
    {
        // Members see who needs what only where everyone signed in may: a sealed need goes to the matched
        // institute when confirmed, never to the alliance's members, and an unknown need is treated as sealed.
        var open = need?.Confidentiality is NeedConfidentiality.Public or NeedConfidentiality.SummaryOnly;
        var fields = need is { Fields.Count: > 0 } ? need.Fields : happened.Fields;
        // A suspended member is sent nothing and gets no stored delivery: it is not owed what happened meanwhile.
        var members = await db.Members.AsNoTracking().Where(m => m.Status == MemberStatus.Active).ToListAsync(ct);
        var stored = await db.MemberDeliveries.Where(d => d.Key == happened.Key).Select(d => d.MemberId).ToListAsync(ct);
        ISendEndpoint? exchange = null;
        foreach (var member in members)
        {
            if (member.Subscription.MatchingField(fields, need) is not { } field)
            {
                continue;
            }

            var notice = new MemberPairingNotice(
                member.Code, happened.Kind, field, happened.NeedId, open ? happened.NeedTitle : null, open ? happened.Enterprise : null,
                fields, happened.Results, happened.PairingId, happened.At, happened.Key);
            if (member.Delivery == MemberDeliveryChannel.Webhook && !stored.Contains(member.Id))
            {
                db.MemberDeliveries.Add(new MemberDelivery
                {
                    Id = Guid.CreateVersion7(),
                    MemberId = member.Id,
                    Key = happened.Key,
                    Body = JsonSerializer.Serialize(notice, Json),
                    CreatedAt = clock.GetUtcNow(),
                });
            }
            else if (member.Delivery == MemberDeliveryChannel.Bus && broker.Enabled)
            {
                exchange ??= await sender.GetSendEndpoint(new Uri($"exchange:{broker.Exchange}?type=topic&durable=true"));
                await exchange.Send(notice, context => context.SetRoutingKey(MemberBrokerNames.RoutingKey(field, member.Code)), ct);
            }
        }
    }

    public async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        webhooks.Notify();
    }
}

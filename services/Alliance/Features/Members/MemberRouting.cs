using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Members;

/// <summary>Hands a ranking or a confirmation to every member whose subscription it matches. Bus members get
/// it through the members' topic exchange, keyed by field and member, so the broker puts it into that member's
/// queue only, and only through a binding for a field the member subscribed to.</summary>
public sealed class MemberRouting(AllianceDbContext db, MemberBrokerNames broker)
{
    public sealed record Event(
        MemberNoticeKind Kind,
        Guid NeedId,
        string NeedTitle,
        string Enterprise,
        IReadOnlyList<string> Fields,
        IReadOnlyList<RankedResult> Results,
        Guid? PairingId,
        DateTimeOffset At);

    /// <summary>Sends what goes by bus; the caller saves afterwards. Sending first means a crash between the two
    /// repeats a delivery (at least once) instead of losing it.</summary>
    public async Task HandOutAsync(Event happened, MemberNeedProfile? need, ISendEndpointProvider sender, CancellationToken ct)
    {
        // Members see who needs what only where everyone signed in may: a sealed need goes to the matched
        // institute when confirmed, never to the alliance's members, and an unknown need is treated as sealed.
        var open = need?.Confidentiality is NeedConfidentiality.Public or NeedConfidentiality.SummaryOnly;
        var fields = need is { Fields.Count: > 0 } ? need.Fields : happened.Fields;
        var members = await db.Members.AsNoTracking().Where(m => m.Delivery == MemberDeliveryChannel.Bus).ToListAsync(ct);
        if (!broker.Enabled || members.Count == 0)
        {
            return;
        }

        var exchange = await sender.GetSendEndpoint(new Uri($"exchange:{broker.Exchange}?type=topic&durable=true"));
        foreach (var member in members)
        {
            if (member.Subscription.MatchingField(fields, need) is not { } field)
            {
                continue;
            }

            var notice = new MemberPairingNotice(
                member.Code, happened.Kind, field, happened.NeedId, open ? happened.NeedTitle : null, open ? happened.Enterprise : null,
                fields, happened.Results, happened.PairingId, happened.At);
            await exchange.Send(notice, context => context.SetRoutingKey(MemberBrokerNames.RoutingKey(field, member.Code)), ct);
        }
    }
}

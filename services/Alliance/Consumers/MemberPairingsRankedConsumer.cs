using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Alliance.Features.Members;
using Huli.Matchmaking.Contracts;
using MassTransit;

namespace Huli.Matchmaking.Alliance.Consumers;

/// <summary>Hands a need's newest ranking to the members subscribed to its fields, once per ranking revision.</summary>
public sealed class MemberPairingsRankedConsumer(AllianceDbContext db, MemberRouting routing) : IConsumer<PairingsRanked>
{
    public async Task Consume(ConsumeContext<PairingsRanked> context)
    {
        var message = context.Message;
        var need = await db.MemberNeeds.FindAsync([message.NeedId], context.CancellationToken);
        if (need is not null && need.RankingRevision >= message.Revision)
        {
            return;
        }

        await routing.HandOutAsync(
            new MemberRouting.Event($"ranked:{message.NeedId}:{message.Revision}", MemberNoticeKind.Ranked, message.NeedId, message.NeedTitle, message.Enterprise, message.Fields, message.Results, null, message.RankedAt),
            need,
            context,
            context.CancellationToken);
        if (need is null)
        {
            // Not seen published yet: remembered as sealed until its NeedPublished says otherwise.
            db.MemberNeeds.Add(need = new MemberNeedProfile { NeedId = message.NeedId, Fields = [.. message.Fields] });
        }

        need.RankingRevision = message.Revision;
        await routing.SaveAsync(context.CancellationToken);
    }
}

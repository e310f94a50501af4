using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Alliance.Features.Members;
using Huli.Matchmaking.Contracts;
using MassTransit;

namespace Huli.Matchmaking.Alliance.Consumers;

/// <summary>Member routing: keeps what it needs of each need (fields, TRL, modes, region, confidentiality), hands a
/// need's newest ranking to the members subscribed to its fields once per revision, and tells them of
/// confirmations. One consumer on one queue, taking one message at a time (see the definition): a need's
/// <c>NeedPublished</c> and its first <c>PairingsRanked</c> arrive a moment apart and both may create the need's
/// routing record, which on two queues raced into a duplicate key.</summary>
public sealed class MemberRoutingConsumer(AllianceDbContext db, MemberRouting routing)
    : IConsumer<NeedPublished>, IConsumer<PairingsRanked>, IConsumer<PairingConfirmed>
{
    public async Task Consume(ConsumeContext<NeedPublished> context)
    {
        var message = context.Message;
        var need = await db.MemberNeeds.FindAsync([message.NeedId], context.CancellationToken);
        if (need is null)
        {
            db.MemberNeeds.Add(need = new MemberNeedProfile { NeedId = message.NeedId });
        }
        else if (need.Version >= message.Version)
        {
            return;
        }

        need.Version = message.Version;
        need.Fields = [.. message.Fields];
        need.TrlMin = message.TrlMin;
        need.TrlMax = message.TrlMax;
        need.CooperationModes = [.. message.CooperationModes ?? []];
        need.Region = message.Region;
        need.Confidentiality = message.Confidentiality;
        await db.SaveChangesAsync(context.CancellationToken);
    }

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

    public async Task Consume(ConsumeContext<PairingConfirmed> context)
    {
        var message = context.Message;
        var pairing = await db.Pairings.FindAsync([message.PairingId], context.CancellationToken);
        var need = await db.MemberNeeds.FindAsync([message.NeedId], context.CancellationToken);
        if (pairing is null || need is null)
        {
            // The Alliance confirms only pairings it ranked, so both exist unless the database was replaced.
            return;
        }

        var result = new RankedResult(
            pairing.ResultId, pairing.ResultTitle, pairing.Institute, pairing.Rank ?? 0, pairing.Score, pairing.MatchedTerms,
            [.. pairing.Reasons.Select(r => new RankingReason(r.Feature, r.Contribution, r.Chinese, r.English))]);
        await routing.HandOutAsync(
            new MemberRouting.Event($"confirmed:{pairing.Id}", MemberNoticeKind.Confirmed, message.NeedId, pairing.NeedTitle, pairing.Enterprise, need.Fields, [result], pairing.Id, message.ConfirmedAt),
            need,
            context,
            context.CancellationToken);
        await routing.SaveAsync(context.CancellationToken);
    }
}

public sealed class MemberRoutingConsumerDefinition : ConsumerDefinition<MemberRoutingConsumer>
{
    public MemberRoutingConsumerDefinition() => ConcurrentMessageLimit = 1;
}

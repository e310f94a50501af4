using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Features.Members;
using Huli.Matchmaking.Contracts;
using MassTransit;

namespace Huli.Matchmaking.Alliance.Consumers;

/// <summary>Tells the members subscribed to a need's fields that a coordinator confirmed one of its pairings.</summary>
public sealed class MemberPairingConfirmedConsumer(AllianceDbContext db, MemberRouting routing) : IConsumer<PairingConfirmed>
{
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

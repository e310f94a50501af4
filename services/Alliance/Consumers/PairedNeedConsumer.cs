using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Contracts;
using MassTransit;

namespace Huli.Matchmaking.Alliance.Consumers;

/// <summary>Keeps the Alliance's copy of each need: the owner and the confidentiality the match views enforce,
/// and the text of the side-by-side review. Every change of a need arrives here, even one that leaves its
/// ranking alone (a need turned sealed, say), which is why the Alliance does not take these from the Matcher.
/// A copy not newer than the one on record is dropped. Not named after the event: the endpoint (queue) is
/// named after the consumer, and the Matcher's NeedPublishedConsumer would then share the Alliance's queue
/// and take half its messages.</summary>
public sealed class PairedNeedConsumer(AllianceDbContext db) : IConsumer<NeedPublished>
{
    public async Task Consume(ConsumeContext<NeedPublished> context)
    {
        var message = context.Message;
        var need = await db.Needs.FindAsync([message.NeedId], context.CancellationToken);
        if (need is not null && need.Version >= message.Version)
        {
            return;
        }

        if (need is null)
        {
            db.Needs.Add(need = new PairedNeed { NeedId = message.NeedId, Title = "", Description = "", Enterprise = "", FirstPublishedAt = message.PublishedAt });
        }

        need.Version = message.Version;
        need.Title = message.Title;
        need.Description = message.Description;
        need.Fields = [.. message.Fields];
        need.TrlMin = message.TrlMin;
        need.TrlMax = message.TrlMax;
        need.Confidentiality = message.Confidentiality;
        need.Enterprise = message.Enterprise;
        await db.SaveChangesAsync(context.CancellationToken);
    }
}

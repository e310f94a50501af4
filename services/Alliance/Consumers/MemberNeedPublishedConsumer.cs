using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Contracts;
using MassTransit;

namespace Huli.Matchmaking.Alliance.Consumers;

/// <summary>Keeps what member routing needs of a need: fields, TRL, modes, region and confidentiality.</summary>
public sealed class MemberNeedPublishedConsumer(AllianceDbContext db) : IConsumer<NeedPublished>
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
}

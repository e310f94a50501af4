using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.Matcher.Domain;
using Huli.Matchmaking.Matcher.Ranking;
using Huli.Matchmaking.Matcher.Ranking.Profiles;
using MassTransit;

namespace Huli.Matchmaking.Matcher.Consumers;

/// <summary>A closed need is matched no more; its last ranking stays on record.</summary>
public sealed class NeedClosedConsumer(MatcherDbContext db, NeedCatalog needs, MatchingGate gate) : IConsumer<NeedClosed>
{
    public async Task Consume(ConsumeContext<NeedClosed> context)
    {
        var message = context.Message;
        using var turn = await gate.EnterAsync(context.CancellationToken);
        var need = await db.Needs.FindAsync([message.NeedId], context.CancellationToken);
        if (need is not null && need.Version >= message.Version)
        {
            return;
        }

        if (need is null)
        {
            // Closed before its posting reached us: keep a tombstone so the late posting is dropped.
            need = new MatchableNeed { NeedId = message.NeedId, Title = "", Description = "", Enterprise = "" };
            db.Needs.Add(need);
        }

        need.Version = message.Version;
        need.IsOpen = false;
        needs.Remove(need.NeedId);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}

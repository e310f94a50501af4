using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.Matcher.Domain;
using Huli.Matchmaking.Matcher.Ranking;
using Huli.Matchmaking.Matcher.Ranking.Profiles;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Matcher.Consumers;

/// <summary>A withdrawn result leaves the catalog, the index and every top list it was in.</summary>
public sealed class ResultWithdrawnConsumer(
    MatcherDbContext db,
    MatchingIndexes indexes,
    ResultCatalog catalog,
    RankingUpdater rankings,
    MatchingGate gate,
    OutboxSignal<MatcherDbContext> outbox) : IConsumer<ResultWithdrawn>
{
    public async Task Consume(ConsumeContext<ResultWithdrawn> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;
        using var turn = await gate.EnterAsync(ct);
        var result = await db.Results.FindAsync([message.ResultId], ct);
        if (result is not null && result.Version >= message.Version)
        {
            return;
        }

        if (result is null)
        {
            // Withdrawn before its listing reached us: keep a tombstone so the late listing is dropped.
            result = new MatchableResult { ResultId = message.ResultId, Title = "", Institute = "" };
            db.Results.Add(result);
        }

        result.Version = message.Version;
        result.IsListed = false;
        catalog.Remove(message.ResultId);
        await indexes.RemoveResultAsync(message.ResultId, ct);
        var rankedIn = await db.Pairings.Where(p => p.ResultId == message.ResultId).Select(p => p.NeedId).ToListAsync(ct);
        await rankings.RerankAsync(rankedIn, ct);
        await db.SaveChangesAsync(ct);
        outbox.Notify();
    }
}

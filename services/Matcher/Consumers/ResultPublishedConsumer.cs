using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.Matcher.Domain;
using Huli.Matchmaking.Matcher.Ranking;
using Huli.Matchmaking.Matcher.Ranking.Profiles;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Matcher.Consumers;

/// <summary>Results were listed or changed: keep their copies and profiles, index them, then re-rank only the open
/// needs whose top list one of them now enters and those they were already in (a change can push one out).
/// Results come in batches, because an institute's file lists thousands at once: one index commit and one
/// re-ranking of each affected need per batch, instead of one per result, is what lets the Matcher keep up with
/// an import.</summary>
public sealed class ResultPublishedConsumer(
    MatcherDbContext db,
    MatchingIndexes indexes,
    ResultCatalog catalog,
    ProfileAnalyzer analyzer,
    EnteringNeeds entering,
    RankingUpdater rankings,
    MatchingGate gate,
    OutboxSignal<MatcherDbContext> outbox) : IConsumer<Batch<ResultPublished>>
{
    public async Task Consume(ConsumeContext<Batch<ResultPublished>> context)
    {
        var ct = context.CancellationToken;
        using var turn = await gate.EnterAsync(ct);

        // The same result twice in a batch: its newest copy is the one that counts.
        var newest = context.Message
            .Select(m => m.Message)
            .GroupBy(m => m.ResultId)
            .Select(copies => copies.MaxBy(m => m.Version)!)
            .ToList();
        var ids = newest.Select(m => m.ResultId).ToList();
        var known = await db.Results.Where(r => ids.Contains(r.ResultId)).ToDictionaryAsync(r => r.ResultId, ct);

        // A copy not newer than the one on record was handled already (redelivery, or a late copy).
        var fresh = newest.Where(m => !known.TryGetValue(m.ResultId, out var r) || r.Version < m.Version).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        var profiles = new List<ResultProfile>(fresh.Count);
        foreach (var message in fresh)
        {
            if (!known.TryGetValue(message.ResultId, out var result))
            {
                result = new MatchableResult { ResultId = message.ResultId, Title = "", Institute = "" };
                db.Results.Add(result);
            }

            Copy(message, result);
            var profile = result.ToProfile(analyzer);
            catalog.Upsert(profile);
            profiles.Add(profile);
        }

        await indexes.IndexResultsAsync(profiles, ct);
        await rankings.RerankAsync(await entering.FindAsync(profiles, ct), ct);
        await db.SaveChangesAsync(ct);
        outbox.Notify();
    }

    private static void Copy(ResultPublished message, MatchableResult result)
    {
        result.Version = message.Version;
        result.Title = message.Title;
        result.Institute = message.Institute;
        result.IsListed = true;
        result.Abstract = message.Abstract;
        result.Keywords = [.. message.Keywords];
        result.Fields = [.. message.Fields];
        result.Trl = message.Trl;
        result.CooperationModes = [.. message.CooperationModes ?? []];
        result.Region = message.Region;
        result.PriceMin = message.PriceMin;
        result.PriceMax = message.PriceMax;
        result.CompletedOn = message.CompletedOn;
    }
}

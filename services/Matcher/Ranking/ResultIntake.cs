using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.Matcher.Domain;
using Huli.Matchmaking.Matcher.Ranking.Profiles;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Huli.Matchmaking.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Matcher.Ranking;

/// <summary>Takes listed or changed results in, however they came (one event each, or a file's batch in one):
/// keeps their copies and profiles, indexes them, then re-ranks only the open needs whose top list one of them
/// now enters and those they were already in (a change can push one out). One index commit and one re-ranking of
/// each affected need per call, instead of one per result, is what lets the Matcher keep up with an import.</summary>
public sealed class ResultIntake(
    MatcherDbContext db,
    MatchingIndexes indexes,
    ResultCatalog catalog,
    ProfileAnalyzer analyzer,
    EnteringNeeds entering,
    RankingUpdater rankings,
    MatchingGate gate,
    OutboxSignal<MatcherDbContext> outbox)
{
    public async Task TakeAsync(IEnumerable<ResultPublished> published, CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(cancellationToken);

        // The same result twice in a batch: its newest copy is the one that counts.
        var newest = published
            .GroupBy(m => m.ResultId)
            .Select(copies => copies.MaxBy(m => m.Version)!)
            .ToList();
        var ids = newest.Select(m => m.ResultId).ToList();
        var known = await db.Results.Where(r => ids.Contains(r.ResultId)).ToDictionaryAsync(r => r.ResultId, cancellationToken);

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

        await indexes.IndexResultsAsync(profiles, cancellationToken);
        await rankings.RerankAsync(await entering.FindAsync(profiles, cancellationToken), cancellationToken);
        await db.SaveWithNewRowsAsync<MatchableResult>(cancellationToken);
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

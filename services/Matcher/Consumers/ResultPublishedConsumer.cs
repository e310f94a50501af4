using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.Matcher.Domain;
using Huli.Matchmaking.Matcher.Ranking;
using Huli.Matchmaking.Search;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Matcher.Consumers;

/// <summary>Results were listed or changed: index them, then re-rank the open needs they could now enter (those
/// whose text shares their terms) and those they were already in (a change can push one out). Results come in
/// batches, because an institute's file lists thousands at once: one index commit and one re-ranking of each
/// affected need per batch, instead of one per result, is what lets the Matcher keep up with an import.</summary>
public sealed class ResultPublishedConsumer(
    MatcherDbContext db,
    MatchingIndexes indexes,
    RankingUpdater rankings,
    MatchingGate gate,
    OutboxSignal<MatcherDbContext> outbox) : IConsumer<Batch<ResultPublished>>
{
    /// <summary>How many of the most similar open needs a new result is tried against.</summary>
    public const int CandidateNeeds = 200;

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

        foreach (var message in fresh)
        {
            if (!known.TryGetValue(message.ResultId, out var result))
            {
                result = new MatchableResult { ResultId = message.ResultId, Title = "", Institute = "" };
                db.Results.Add(result);
            }

            result.Version = message.Version;
            result.Title = message.Title;
            result.Institute = message.Institute;
            result.IsListed = true;
        }

        await indexes.IndexResultsAsync(fresh, ct);
        var candidates = await CandidateNeedsAsync(fresh, ct);
        await rankings.RerankAsync(candidates, ct);
        await db.SaveChangesAsync(ct);
        outbox.Notify();
    }

    private async Task<HashSet<Guid>> CandidateNeedsAsync(IReadOnlyList<ResultPublished> results, CancellationToken ct)
    {
        var ids = results.Select(m => m.ResultId).ToList();
        var candidates = (await db.Pairings.Where(p => ids.Contains(p.ResultId)).Select(p => p.NeedId).ToListAsync(ct)).ToHashSet();

        // With no open need there is nothing to rank against; a bulk import before any need is posted skips
        // a search per result.
        if (!await db.Needs.AnyAsync(n => n.IsOpen, ct))
        {
            return candidates;
        }

        foreach (var message in results)
        {
            var tokens = indexes.QueryTokens(message.Title, message.Keywords, message.Abstract);
            var similarNeeds = await indexes.Needs.SearchAsync(new SearchRequest(tokens, CandidateNeeds), ct);
            candidates.UnionWith(similarNeeds.Select(h => Guid.Parse(h.Id)));
        }

        return candidates;
    }
}

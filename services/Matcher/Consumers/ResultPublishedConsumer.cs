using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.Matcher.Domain;
using Huli.Matchmaking.Matcher.Ranking;
using Huli.Matchmaking.Search;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Matcher.Consumers;

/// <summary>A result was listed or changed: index it, then re-rank the open needs it could now enter (those whose
/// text shares its terms) and those it was already in (a change can push it out).</summary>
public sealed class ResultPublishedConsumer(
    MatcherDbContext db,
    MatchingIndexes indexes,
    RankingUpdater rankings,
    MatchingGate gate,
    OutboxSignal<MatcherDbContext> outbox) : IConsumer<ResultPublished>
{
    /// <summary>How many of the most similar open needs a new result is tried against.</summary>
    public const int CandidateNeeds = 200;

    public async Task Consume(ConsumeContext<ResultPublished> context)
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
            result = new MatchableResult { ResultId = message.ResultId, Title = "", Institute = "" };
            db.Results.Add(result);
        }

        result.Version = message.Version;
        result.Title = message.Title;
        result.Institute = message.Institute;
        result.IsListed = true;
        await indexes.IndexResultAsync(message.ResultId, message.Title, message.Keywords, message.Abstract, ct);

        var tokens = indexes.QueryTokens(message.Title, message.Keywords, message.Abstract);
        var similarNeeds = await indexes.Needs.SearchAsync(new SearchRequest(tokens, CandidateNeeds), ct);
        var rankedIn = await db.Pairings.Where(p => p.ResultId == message.ResultId).Select(p => p.NeedId).ToListAsync(ct);
        var candidates = similarNeeds.Select(h => Guid.Parse(h.Id)).Concat(rankedIn).ToHashSet();

        await rankings.RerankAsync(candidates, ct);
        await db.SaveChangesAsync(ct);
        outbox.Notify();
    }
}

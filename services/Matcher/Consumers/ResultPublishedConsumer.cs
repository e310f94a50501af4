using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.Matcher.Domain;
using Huli.Matchmaking.Matcher.Ranking;
using Huli.Matchmaking.Matcher.Ranking.Profiles;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using MassTransit;

namespace Huli.Matchmaking.Matcher.Consumers;

/// <summary>A result was listed or changed: keep its copy and profile, index it, then re-rank only the open needs
/// whose top list it now enters and those it was already in (a change can push it out).</summary>
public sealed class ResultPublishedConsumer(
    MatcherDbContext db,
    MatchingIndexes indexes,
    ResultCatalog catalog,
    ProfileAnalyzer analyzer,
    EnteringNeeds entering,
    RankingUpdater rankings,
    MatchingGate gate,
    OutboxSignal<MatcherDbContext> outbox) : IConsumer<ResultPublished>
{
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

        Copy(message, result);
        var profile = result.ToProfile(analyzer);
        catalog.Upsert(profile);
        await indexes.IndexResultsAsync([profile], ct);

        await rankings.RerankAsync(await entering.FindAsync(profile, ct), ct);
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

using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.Matcher.Domain;
using Huli.Matchmaking.Matcher.Ranking;
using Huli.Matchmaking.Matcher.Ranking.Profiles;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using MassTransit;

namespace Huli.Matchmaking.Matcher.Consumers;

/// <summary>A need was posted or changed: keep its copy and profile and rank the results for it. A copy that is
/// not newer than the one on record was handled already and is dropped.</summary>
public sealed class NeedPublishedConsumer(
    MatcherDbContext db,
    NeedCatalog needs,
    ProfileAnalyzer analyzer,
    RankingUpdater rankings,
    MatchingGate gate,
    OutboxSignal<MatcherDbContext> outbox) : IConsumer<NeedPublished>
{
    public async Task Consume(ConsumeContext<NeedPublished> context)
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
            need = new MatchableNeed { NeedId = message.NeedId, Title = "", Description = "", Enterprise = "" };
            db.Needs.Add(need);
        }

        Copy(message, need);
        needs.Upsert(need.ToProfile(analyzer));
        await rankings.RerankAsync(need, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
        outbox.Notify();
    }

    private static void Copy(NeedPublished message, MatchableNeed need)
    {
        need.Version = message.Version;
        need.Title = message.Title;
        need.Description = message.Description;
        need.Keywords = [.. message.Keywords];
        need.Fields = [.. message.Fields];
        need.Enterprise = message.Enterprise;
        need.IsOpen = true;
        need.PublishedAt = message.PublishedAt;
        need.TrlMin = message.TrlMin;
        need.TrlMax = message.TrlMax;
        need.CooperationModes = [.. message.CooperationModes ?? []];
        need.Region = message.Region;
        need.BudgetMin = message.BudgetMin;
        need.BudgetMax = message.BudgetMax;
    }
}

using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.Matcher.Domain;
using Huli.Matchmaking.Matcher.Ranking;
using Huli.Matchmaking.Matcher.Ranking.Profiles;
using MassTransit;

namespace Huli.Matchmaking.Matcher.Consumers;

/// <summary>A coordinator confirmed or rejected a pairing: store the pair's current feature vector with the
/// decision as a labelled example, which `make retrain` learns from. A pair whose need or result is no longer
/// matchable has no features to store and is skipped.</summary>
public sealed class PairingDecisionConsumer(
    MatcherDbContext db,
    NeedCatalog needs,
    ResultCatalog results,
    NeedRanker ranker,
    MatchingGate gate) : IConsumer<PairingConfirmed>, IConsumer<PairingRejected>
{
    public Task Consume(ConsumeContext<PairingConfirmed> context) =>
        StoreAsync(context.Message.NeedId, context.Message.ResultId, true, context.Message.ConfirmedAt, context.CancellationToken);

    public Task Consume(ConsumeContext<PairingRejected> context) =>
        StoreAsync(context.Message.NeedId, context.Message.ResultId, false, context.Message.RejectedAt, context.CancellationToken);

    private async Task StoreAsync(Guid needId, Guid resultId, bool confirmed, DateTimeOffset decidedAt, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        if (needs.Find(needId) is not { } need || results.Find(resultId) is not { } result)
        {
            return;
        }

        var decision = await db.Decisions.FindAsync([needId, resultId], ct);
        if (decision is not null && decision.DecidedAt >= decidedAt)
        {
            return;
        }

        if (decision is null)
        {
            db.Decisions.Add(decision = new DecidedPairing { NeedId = needId, ResultId = resultId });
        }

        decision.Confirmed = confirmed;
        decision.Language = need.Language;
        decision.DecidedAt = decidedAt;
        decision.Features = [.. ranker.Score(ranker.Prepare(need), result).Features];
        await db.SaveChangesAsync(ct);
    }
}

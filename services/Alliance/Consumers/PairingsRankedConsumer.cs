using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Consumers;

/// <summary>Brings a need's pairings in line with its newest ranking. Decided pairings keep their decision;
/// proposed ones that fell out of the top list lose their rank but stay on record.</summary>
public sealed class PairingsRankedConsumer(AllianceDbContext db, TimeProvider clock) : IConsumer<PairingsRanked>
{
    public async Task Consume(ConsumeContext<PairingsRanked> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;
        var state = await db.Rankings.FindAsync([message.NeedId], ct);
        if (state is not null && state.Revision >= message.Revision)
        {
            return;
        }

        if (state is null)
        {
            db.Rankings.Add(state = new NeedRankingState { NeedId = message.NeedId });
        }

        state.Revision = message.Revision;
        var now = clock.GetUtcNow();
        var pairings = await db.Pairings.Where(p => p.NeedId == message.NeedId).ToDictionaryAsync(p => p.ResultId, ct);
        foreach (var pairing in pairings.Values)
        {
            pairing.Rank = null;
        }

        foreach (var ranked in message.Results)
        {
            if (!pairings.TryGetValue(ranked.ResultId, out var pairing))
            {
                pairing = new Pairing
                {
                    Id = Guid.CreateVersion7(),
                    NeedId = message.NeedId,
                    ResultId = ranked.ResultId,
                    NeedTitle = message.NeedTitle,
                    Enterprise = message.Enterprise,
                    ResultTitle = ranked.ResultTitle,
                    Institute = ranked.Institute,
                    ProposedAt = now,
                    StateSince = now,
                };
                db.Pairings.Add(pairing);
            }

            pairing.NeedTitle = message.NeedTitle;
            pairing.NeedFields = [.. message.Fields];
            pairing.ResultTitle = ranked.ResultTitle;
            pairing.ResultFields = [.. ranked.Fields ?? pairing.ResultFields];
            pairing.ResultTrl = ranked.Trl ?? pairing.ResultTrl;
            pairing.Rank = ranked.Rank;
            pairing.Score = ranked.Score;
            pairing.MatchedTerms = [.. ranked.MatchedTerms];
            pairing.Reasons = [.. (ranked.Reasons ?? []).Select(r => new PairingReason
            {
                Feature = r.Feature,
                Contribution = r.Contribution,
                Chinese = r.Chinese,
                English = r.English,
            })];
        }

        await db.SaveChangesAsync(ct);
    }
}

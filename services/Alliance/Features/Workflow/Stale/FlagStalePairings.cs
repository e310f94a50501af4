using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Features.Inbox;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Huli.Matchmaking.Alliance.Features.Workflow.Stale;

/// <summary>Flags every pairing that stayed in its state longer than the state's limit: once per stay (the
/// next step clears the flag), with an entry in the coordinators' inbox and a <see cref="PairingFlagged"/>
/// event. A proposed pairing that fell out of its need's top list is nobody's work and is left alone.</summary>
/// <returns>How many pairings this sweep flagged.</returns>
public sealed record FlagStalePairings : ICommand<int>;

internal sealed class FlagStalePairingsHandler(
    AllianceDbContext db, OutboxSignal<AllianceDbContext> outbox, TimeProvider clock, IOptions<StaleOptions> options)
    : ICommandHandler<FlagStalePairings, int>
{
    private const int BatchSize = 500;

    public async ValueTask<int> Handle(FlagStalePairings command, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var now = clock.GetUtcNow();

        // SQLite cannot compare DateTimeOffsets, so the open pairings' states are read and timed here: a few
        // small columns a row, once a sweep.
        var open = await db.Pairings.AsNoTracking()
            .Where(p => p.FlaggedAt == null
                && p.Status != PairingStatus.Rejected && p.Status != PairingStatus.Closed && p.Status != PairingStatus.ContractSigned
                && (p.Status != PairingStatus.Proposed || p.Rank != null))
            .Select(p => new { p.Id, p.Status, Since = p.StateSince ?? p.DecidedAt ?? p.ProposedAt })
            .ToListAsync(cancellationToken);
        var stale = open.Where(p => limits.LimitFor(p.Status) is { } limit && now - p.Since > limit).Select(p => p.Id).ToList();

        foreach (var batch in stale.Chunk(BatchSize))
        {
            var pairings = await db.Pairings.Where(p => batch.Contains(p.Id)).ToListAsync(cancellationToken);
            foreach (var pairing in pairings)
            {
                // Moved on or flagged since it was timed above.
                if (pairing.FlaggedAt is not null || limits.LimitFor(pairing.Status) is not { } limit || now - pairing.InStateSince <= limit)
                {
                    continue;
                }

                pairing.FlaggedAt = now;
                db.Inbox.Add(PairingNotices.Flagged(pairing, limit, now));
                db.Enqueue(new PairingFlagged(pairing.Id, pairing.NeedId, pairing.Status, pairing.InStateSince, limit, now), clock);
            }

            await db.SaveChangesAsync(cancellationToken);
            outbox.Notify();
            db.ChangeTracker.Clear();
        }

        return stale.Count;
    }
}

using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Needs.Data;
using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Needs.Features.Expiry;

/// <summary>Marks every sought need whose deadline has passed as expired and tells the Matcher it left matching
/// (<see cref="NeedClosed"/> with <see cref="NeedClosure.Expired"/>). Idempotent: an expired need is no longer
/// sought, so a second sweep finds nothing.</summary>
/// <returns>How many needs this sweep expired.</returns>
public sealed record ExpireNeeds : ICommand<int>;

internal sealed class ExpireNeedsHandler(NeedsDbContext db, RecordChanges<NeedsDbContext, Need> changes, TimeProvider clock)
    : ICommandHandler<ExpireNeeds, int>
{
    /// <summary>Needs per commit, as for imports: one transaction (needs and their events) and one index write each.</summary>
    private const int BatchSize = 500;

    public async ValueTask<int> Handle(ExpireNeeds command, CancellationToken cancellationToken)
    {
        var today = NeedDeadline.Today(clock);
        var expired = 0;
        while (true)
        {
            var lapsed = await db.Needs
                .Where(n => (n.Status == NeedStatus.Open || n.Status == NeedStatus.InProgress) && n.Deadline != null && n.Deadline < today)
                .OrderBy(n => n.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (lapsed.Count == 0)
            {
                return expired;
            }

            var now = clock.GetUtcNow();
            foreach (var need in lapsed)
            {
                need.Status = NeedStatus.Expired;
                need.Version++;
                need.UpdatedAt = now;
                changes.Stage(new NeedClosed(need.Id, need.Version, now, NeedClosure.Expired));
            }

            await changes.CommitStagedAsync(lapsed, cancellationToken);
            db.ChangeTracker.Clear();
            expired += lapsed.Count;
        }
    }
}

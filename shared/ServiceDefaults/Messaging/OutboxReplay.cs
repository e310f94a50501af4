using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.ServiceDefaults.Messaging;

/// <summary>Which published messages an outbox sends again when its service starts.</summary>
/// <remarks>An outbox marks a message published once the bus has taken it. A broker keeps it from then on, but
/// the in-memory bus of the embedded profile holds it only in the process: a crash, or a stop, before every
/// consumer has finished with it loses it, and the record it announces would never be matched. So on the in-memory
/// bus the messages published in the last <see cref="Window"/> before the latest publication go out again at
/// start. Consumers drop any version they have already seen, so the copies that had arrived change nothing.
/// The window assumes no consumer was further behind than that when the process stopped; at the import
/// benchmark's rate the Matcher trails the outbox by under a second.</remarks>
public sealed record OutboxReplay(TimeSpan Window)
{
    /// <summary>A broker's queues survive the process: nothing to send again.</summary>
    public static OutboxReplay None { get; } = new(TimeSpan.Zero);

    private const int PageSize = 1_000;

    /// <summary>Marks the messages of the window unpublished, so the publisher sends them again in order, and
    /// says how many there were.</summary>
    public async Task<int> MarkForReplayAsync(IHasOutbox db, CancellationToken cancellationToken)
    {
        if (Window <= TimeSpan.Zero)
        {
            return 0;
        }

        // Messages are published in id order, so the window is a run of the highest published ids. It is found
        // by reading back from the newest in pages and comparing times here: SQLite cannot compare
        // DateTimeOffset values in SQL.
        DateTimeOffset? cutoff = null;
        long? firstInWindow = null;
        long? before = null;
        while (true)
        {
            var page = await db.Outbox
                .Where(m => m.PublishedAt != null && (before == null || m.Id < before))
                .OrderByDescending(m => m.Id)
                .Select(m => new { m.Id, m.PublishedAt })
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            cutoff ??= page[0].PublishedAt - Window;
            var inWindow = page.TakeWhile(m => m.PublishedAt >= cutoff).ToList();
            if (inWindow.Count > 0)
            {
                firstInWindow = inWindow[^1].Id;
            }

            if (inWindow.Count < page.Count)
            {
                break;
            }

            before = page[^1].Id;
        }

        return firstInWindow is { } first
            ? await db.Outbox
                .Where(m => m.Id >= first && m.PublishedAt != null)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.PublishedAt, (DateTimeOffset?)null), cancellationToken)
            : 0;
    }
}

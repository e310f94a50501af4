using Huli.Matchmaking.ServiceDefaults.Messaging;
using Huli.Matchmaking.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.ServiceDefaults.Indexing;

/// <summary>Commits changes to indexed records in the one order that survives a crash at any point: the records
/// and their events in one transaction, then the outbox woken, then the index written (a crash before that
/// leaves records behind the index, and the catch-up at start repairs them).</summary>
public sealed class RecordChanges<TContext, TRecord>(
    TContext db,
    IRecordIndexer<TRecord> indexer,
    OutboxSignal<TContext> outbox,
    TimeProvider clock)
    where TContext : DbContext, IHasOutbox
    where TRecord : class, IIndexedRecord
{
    public async Task CommitAsync<TEvent>(TRecord record, TEvent change, CancellationToken cancellationToken)
        where TEvent : class
    {
        Stage(change);
        await CommitStagedAsync([record], cancellationToken);
    }

    /// <summary>Queues an event to be saved with the next commit.</summary>
    public void Stage<TEvent>(TEvent change)
        where TEvent : class => db.Enqueue(change, clock);

    /// <summary>Saves everything staged (records and events) at once, a batch's new records by one prepared
    /// INSERT (<see cref="NewRows"/>), and indexes the given records in one batch.
    /// Once the records are saved, their indexing is finished even if the caller gives up (a client that hangs
    /// up mid-import): the work is short, and stopping there would leave saved records unsearchable.</summary>
    public async Task CommitStagedAsync(IReadOnlyCollection<TRecord> changed, CancellationToken cancellationToken)
    {
        await db.SaveWithNewRowsAsync<TRecord>(cancellationToken);
        outbox.Notify();
        if (changed.Count == 0)
        {
            return;
        }

        await indexer.IndexManyAsync(changed, CancellationToken.None);

        // One statement for the batch: saving each record's marker was one UPDATE per row of a large file.
        var ids = changed.Select(r => r.Id).ToList();
        await db.Set<TRecord>()
            .Where(r => ids.Contains(r.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.IndexedVersion, r => r.Version), CancellationToken.None);
        // Entry() would first look for changes in each record, all of which were just saved.
        using var paused = db.ChangeTracker.PauseDetection();
        foreach (var record in changed)
        {
            // The database has it already; the tracked copy must agree and not count as changed.
            var indexed = db.Entry(record).Property(r => r.IndexedVersion);
            indexed.CurrentValue = record.Version;
            indexed.OriginalValue = record.Version;
        }
    }
}

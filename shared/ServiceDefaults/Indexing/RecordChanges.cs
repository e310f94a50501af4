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
    private IndexWrite? _behind;

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
        await FinishIndexingAsync(changed);
        if (changed.Count == 0)
        {
            return;
        }

        await indexer.IndexManyAsync(changed, CancellationToken.None);
        await MarkIndexedAsync(changed.Select(r => r.Id).ToList());

        // Entry() would first look for changes in each record, all of which were just saved.
        using var paused = db.ChangeTracker.PauseDetection();
        foreach (var record in changed)
        {
            // The database has the marker already; the tracked copy must agree and not count as changed.
            var indexed = db.Entry(record).Property(r => r.IndexedVersion);
            indexed.CurrentValue = record.Version;
            indexed.OriginalValue = record.Version;
        }
    }

    /// <summary>
    /// Saves like <see cref="CommitStagedAsync"/>, but leaves the index write of <paramref name="changed"/> running
    /// while the caller stages its next batch: a bulk import's listing is the one step on a single core, and the
    /// index write was most of it. The write is finished, and its records marked indexed, at the next commit or
    /// at <see cref="FinishIndexingAsync()"/>, which the caller must reach before it reports the import done.
    /// Until then the caller must not change these records: it stops tracking them (a record listed again is
    /// then a new instance, loaded from the database).
    /// </summary>
    public async Task CommitStagedBehindAsync(IReadOnlyCollection<TRecord> changed, CancellationToken cancellationToken)
    {
        await db.SaveWithNewRowsAsync<TRecord>(cancellationToken);
        outbox.Notify();
        await FinishIndexingAsync(changed);
        if (changed.Count > 0)
        {
            // Once the records are saved their index write goes on even if the caller gives up, as above. On a
            // thread of its own: queued on the thread pool, it could wait for the very listing it should run beside.
            var write = Task.Factory.StartNew(
                () => indexer.IndexManyAsync(changed, CancellationToken.None),
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default).Unwrap();
            _behind = new IndexWrite(changed, write);
        }
    }

    /// <summary>Waits for the index write left running by <see cref="CommitStagedBehindAsync"/>, if any, and
    /// marks its records indexed.</summary>
    public Task FinishIndexingAsync() => FinishIndexingAsync([]);

    /// <summary>A record of the finished write that the commit just made saved again with a newer version is not
    /// marked: the database's version is no longer the one indexed, and its own write marks it.</summary>
    private async Task FinishIndexingAsync(IReadOnlyCollection<TRecord> savedAgain)
    {
        if (_behind is not { } write)
        {
            return;
        }

        _behind = null;
        await write.Done;
        var newer = savedAgain.Select(r => r.Id).ToHashSet();
        await MarkIndexedAsync(write.Records.Where(r => !newer.Contains(r.Id)).Select(r => r.Id).ToList());
        using var paused = db.ChangeTracker.PauseDetection();
        foreach (var record in write.Records)
        {
            if (db.Entry(record).State != EntityState.Detached)
            {
                throw new InvalidOperationException(
                    $"A {typeof(TRecord).Name} whose index write was left running was still tracked at the next commit; stop tracking a batch once it is committed.");
            }

            record.IndexedVersion = record.Version;
        }
    }

    /// <summary>One statement for the batch: saving each record's marker was one UPDATE per row of a large file.</summary>
    private async Task MarkIndexedAsync(List<Guid> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await db.Set<TRecord>()
            .Where(r => ids.Contains(r.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.IndexedVersion, r => r.Version), CancellationToken.None);
    }

    private sealed record IndexWrite(IReadOnlyCollection<TRecord> Records, Task Done);
}

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
        await SaveAsync(changed, cancellationToken);
        if (changed.Count > 0)
        {
            await indexer.IndexManyAsync(changed, CancellationToken.None);
            await MarkIndexedAsync(changed);
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
        await SaveAsync(changed, cancellationToken);
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
        if (write.Records.Any(record => db.Entry(record).State != EntityState.Detached))
        {
            throw new InvalidOperationException(
                $"A {typeof(TRecord).Name} whose index write was left running was still tracked at the next commit; stop tracking a batch once it is committed.");
        }

        var newer = savedAgain.Select(r => r.Id).ToHashSet();
        await MarkIndexedAsync([.. write.Records.Where(r => !newer.Contains(r.Id))]);
    }

    /// <summary>Saves everything staged, then finishes the index write the last commit left running, if any.</summary>
    private async Task SaveAsync(IReadOnlyCollection<TRecord> changed, CancellationToken cancellationToken)
    {
        await db.SaveWithNewRowsAsync<TRecord>(cancellationToken);
        outbox.Notify();
        await FinishIndexingAsync(changed);
    }

    /// <summary>Marks the records indexed at their versions, in one statement for the batch: saving each record's
    /// marker was one UPDATE per row of a large file. A tracked copy is made to agree, so it does not count as
    /// changed; one no longer tracked (its write ran behind) just takes the value.</summary>
    private async Task MarkIndexedAsync(IReadOnlyCollection<TRecord> records)
    {
        if (records.Count == 0)
        {
            return;
        }

        var ids = records.Select(r => r.Id).ToList();
        await db.Set<TRecord>()
            .Where(r => ids.Contains(r.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.IndexedVersion, r => r.Version), CancellationToken.None);

        // Entry() would first look for changes in each record, all of which were just saved.
        using var paused = db.ChangeTracker.PauseDetection();
        foreach (var record in records)
        {
            var entry = db.Entry(record);
            if (entry.State == EntityState.Detached)
            {
                record.IndexedVersion = record.Version;
                continue;
            }

            var indexed = entry.Property(r => r.IndexedVersion);
            indexed.CurrentValue = record.Version;
            indexed.OriginalValue = record.Version;
        }
    }

    private sealed record IndexWrite(IReadOnlyCollection<TRecord> Records, Task Done);
}

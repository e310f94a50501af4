using Huli.Matchmaking.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.ServiceDefaults.Indexing;

/// <summary>Commits a change to an indexed record in the one order that survives a crash at any point: the
/// record and its event in one transaction, then the outbox woken, then the index written (a crash before that
/// leaves the record behind the index, and the catch-up at start repairs it).</summary>
public sealed class RecordChanges<TContext, TRecord>(
    TContext db,
    IRecordIndexer<TRecord> indexer,
    OutboxSignal<TContext> outbox,
    TimeProvider clock)
    where TContext : DbContext, IHasOutbox
    where TRecord : IIndexedRecord
{
    public async Task CommitAsync<TEvent>(TRecord record, TEvent change, CancellationToken cancellationToken)
        where TEvent : class
    {
        db.Enqueue(change, clock);
        await db.SaveChangesAsync(cancellationToken);
        outbox.Notify();
        await indexer.IndexSavedAsync(db, record, cancellationToken);
    }
}

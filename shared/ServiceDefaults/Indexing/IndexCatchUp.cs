using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Huli.Matchmaking.ServiceDefaults.Indexing;

/// <summary>At start, indexes every record whose stored version the index has not seen: a record is saved before
/// it is indexed, so a crash between the two leaves exactly these behind. When the indexer's document layout is
/// newer than the one the records were indexed with, it re-indexes them all, once.</summary>
internal sealed partial class IndexCatchUp<TContext, TRecord>(IServiceScopeFactory scopes, ILogger<IndexCatchUp<TContext, TRecord>> logger)
    : IHostedService
    where TContext : DbContext
    where TRecord : class, IIndexedRecord
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var indexer = scope.ServiceProvider.GetRequiredService<IRecordIndexer<TRecord>>();
        if (await RecordedLayoutAsync(db, cancellationToken) < indexer.Layout)
        {
            var count = await ReindexAllAsync(db, indexer, cancellationToken);
            await RecordLayoutAsync(db, indexer.Layout, cancellationToken);
            LogRebuilt(logger, count, typeof(TRecord).Name, indexer.Layout);
            return;
        }

        var behind = await db.Set<TRecord>().Where(r => r.IndexedVersion != r.Version).ToListAsync(cancellationToken);
        await IndexAsync(db, indexer, behind, cancellationToken);
        if (behind.Count > 0)
        {
            LogCaughtUp(logger, behind.Count, typeof(TRecord).Name);
        }
    }

    /// <summary>The layout the records were last indexed with; 1 for a database from before layouts were
    /// recorded.</summary>
    private static async Task<int> RecordedLayoutAsync(TContext db, CancellationToken cancellationToken) =>
        (await db.Set<IndexLayout>().FindAsync([typeof(TRecord).Name], cancellationToken))?.Version ?? 1;

    private static async Task RecordLayoutAsync(TContext db, int version, CancellationToken cancellationToken)
    {
        var name = typeof(TRecord).Name;
        var layout = await db.Set<IndexLayout>().FindAsync([name], cancellationToken);
        if (layout is null)
        {
            db.Set<IndexLayout>().Add(layout = new IndexLayout { Record = name });
        }

        layout.Version = version;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<int> ReindexAllAsync(TContext db, IRecordIndexer<TRecord> indexer, CancellationToken cancellationToken)
    {
        var count = 0;
        Guid? after = null;
        while (true)
        {
            // Page by id, forgetting each page once written, so a large registry is never all in memory; each
            // page starts after the last id of the one before (an offset would make the database walk past
            // every earlier page again, quadratic over a large registry).
            var records = db.Set<TRecord>().AsQueryable();
            if (after is { } last)
            {
                records = records.Where(r => r.Id.CompareTo(last) > 0);
            }

            var page = await records.OrderBy(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
            await IndexAsync(db, indexer, page, cancellationToken);
            db.ChangeTracker.Clear();
            count += page.Count;
            if (page.Count < BatchSize)
            {
                return count;
            }

            after = page[^1].Id;
        }
    }

    private const int BatchSize = 500;

    private static async Task IndexAsync(TContext db, IRecordIndexer<TRecord> indexer, IReadOnlyList<TRecord> records, CancellationToken cancellationToken)
    {
        foreach (var batch in records.Chunk(BatchSize))
        {
            await indexer.IndexManyAsync(batch, cancellationToken);
            foreach (var record in batch)
            {
                record.IndexedVersion = record.Version;
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-indexed all {Count} {Record} records for document layout {Layout}")]
    private static partial void LogRebuilt(ILogger logger, int count, string record, int layout);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-indexed {Count} {Record} records the index had missed")]
    private static partial void LogCaughtUp(ILogger logger, int count, string record);
}

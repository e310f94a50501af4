using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Huli.Matchmaking.ServiceDefaults.Indexing;

/// <summary>At start, indexes every record whose stored version the index has not seen: a record is saved before
/// it is indexed, so a crash between the two leaves exactly these behind.</summary>
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
        var behind = await db.Set<TRecord>().Where(r => r.IndexedVersion != r.Version).ToListAsync(cancellationToken);
        foreach (var batch in behind.Chunk(500))
        {
            await indexer.IndexManyAsync(batch, cancellationToken);
            foreach (var record in batch)
            {
                record.IndexedVersion = record.Version;
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        if (behind.Count > 0)
        {
            LogCaughtUp(logger, behind.Count, typeof(TRecord).Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-indexed {Count} {Record} records the index had missed")]
    private static partial void LogCaughtUp(ILogger logger, int count, string record);
}

using Huli.Matchmaking.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Huli.Matchmaking.ServiceDefaults.Indexing;

public static class IndexingExtensions
{
    /// <summary>Indexes a record that is already saved, then records that the index has this version.</summary>
    public static async Task IndexSavedAsync<TRecord>(this IRecordIndexer<TRecord> indexer, DbContext db, TRecord record, CancellationToken cancellationToken)
        where TRecord : IIndexedRecord
    {
        await indexer.IndexAsync(record, cancellationToken);
        record.IndexedVersion = record.Version;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Registers the indexer, the way changes are committed, and a catch-up at start that re-indexes whatever a crash left behind.</summary>
    public static IServiceCollection AddRecordIndexing<TContext, TRecord, TIndexer>(this IServiceCollection services)
        where TContext : DbContext, IHasOutbox
        where TRecord : class, IIndexedRecord
        where TIndexer : class, IRecordIndexer<TRecord>
    {
        services.AddScoped<IRecordIndexer<TRecord>, TIndexer>();
        services.AddScoped<RecordChanges<TContext, TRecord>>();
        services.AddHostedService<IndexCatchUp<TContext, TRecord>>();
        return services;
    }
}

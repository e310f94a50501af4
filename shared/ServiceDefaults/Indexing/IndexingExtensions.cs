using Huli.Matchmaking.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Huli.Matchmaking.ServiceDefaults.Indexing;

public static class IndexingExtensions
{
    /// <summary>Registers the indexer, the way changes are committed, and a catch-up at start that re-indexes
    /// whatever a crash left behind.</summary>
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

using Huli.Matchmaking.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Huli.Matchmaking.ServiceDefaults.Hosting;

public static class SearchBackendExtensions
{
    /// <summary>Elasticsearch when <c>ConnectionStrings:Elasticsearch</c> names a cluster (the distributed
    /// profile's choice), otherwise Lucene folders under the data path. Both receive the same analysed tokens and
    /// rank alike, so the choice is configuration only.</summary>
    public static IHostApplicationBuilder AddSearchBackend(this IHostApplicationBuilder builder, string dataPath)
    {
        var cluster = builder.Configuration.GetConnectionString("Elasticsearch");
        if (!string.IsNullOrWhiteSpace(cluster))
        {
            var options = new ElasticsearchSearchOptions(
                new Uri(cluster),
                builder.Configuration["Huli:Search:ApiKey"],
                builder.Configuration["Huli:Search:IndexPrefix"] ?? "huli-");
            builder.Services.TryAddSingleton(_ => ElasticsearchClients.Create(options));
            builder.Services.TryAddSingleton<ISearchIndexFactory>(services =>
                new ElasticsearchSearchIndexFactory(services.GetRequiredService<Elastic.Clients.Elasticsearch.ElasticsearchClient>(), options.IndexPrefix));
        }
        else
        {
            builder.Services.TryAddSingleton<ISearchIndexFactory>(_ => new LuceneSearchIndexFactory(Path.Combine(dataPath, "indexes")));
        }

        builder.Services.AddSearchResilience();
        return builder;
    }
}

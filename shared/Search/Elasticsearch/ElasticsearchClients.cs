using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace Huli.Matchmaking.Search;

public static class ElasticsearchClients
{
    /// <summary>The client for <paramref name="options"/>. It holds the connection pool, so build one per process
    /// and share it (register it as a singleton).</summary>
    public static ElasticsearchClient Create(ElasticsearchSearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = new ElasticsearchClientSettings(options.Url);
        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            settings.Authentication(new ApiKey(options.ApiKey));
        }

        return new ElasticsearchClient(settings);
    }
}

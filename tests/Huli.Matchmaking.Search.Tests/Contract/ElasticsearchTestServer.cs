using Elastic.Clients.Elasticsearch;

namespace Huli.Matchmaking.Search.Tests.Contract;

/// <summary>The real Elasticsearch for the contract tests, if the environment names one: <c>ELASTICSEARCH_URL</c>
/// and, for a secured cluster, <c>ELASTICSEARCH_API_KEY</c>.</summary>
internal static class ElasticsearchTestServer
{
    public const string NotConfiguredReason = "ELASTICSEARCH_URL not set";

    private static string? Url => Environment.GetEnvironmentVariable("ELASTICSEARCH_URL");

    public static bool IsConfigured => !string.IsNullOrWhiteSpace(Url);

    public static ElasticsearchClient CreateClient()
    {
        if (!IsConfigured)
        {
            throw new InvalidOperationException(NotConfiguredReason);
        }

        var options = new ElasticsearchSearchOptions(new Uri(Url!), Environment.GetEnvironmentVariable("ELASTICSEARCH_API_KEY"));
        return ElasticsearchClients.Create(options);
    }
}

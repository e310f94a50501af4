using Elastic.Clients.Elasticsearch;

namespace Huli.Matchmaking.Search.Tests.Contract;

/// <summary>The contract against a real Elasticsearch (<c>ELASTICSEARCH_URL</c>). Every test creates its own index
/// under a prefix unique to this run, through the factory (so with the production mapping), and deletes it at the
/// end.</summary>
[RequiresElasticsearch]
public sealed class ElasticsearchSearchIndexContract : SearchIndexContract
{
    private static readonly string RunPrefix = $"huli-test-{Guid.NewGuid():N}-";
    private static int _lastIndexNumber;

    private ElasticsearchClient? _client;
    private string? _indexName;

    protected override Task<ISearchIndex> CreateEmptyIndexAsync()
    {
        _client = ElasticsearchTestServer.CreateClient();
        var factory = new ElasticsearchSearchIndexFactory(_client, RunPrefix);
        var index = (ElasticsearchSearchIndex)factory.Open($"contract-{Interlocked.Increment(ref _lastIndexNumber)}");
        _indexName = index.IndexName;
        return Task.FromResult<ISearchIndex>(index);
    }

    protected override async Task RemoveIndexAsync()
    {
        if (_client is null || _indexName is null)
        {
            return;
        }

        var response = await _client.Indices.DeleteAsync(_indexName);
        Assert.True(response.IsValidResponse, $"Could not delete test index {_indexName}: {response.DebugInformation}");
    }
}

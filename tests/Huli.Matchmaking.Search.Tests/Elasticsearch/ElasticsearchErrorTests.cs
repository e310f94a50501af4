using Elastic.Transport;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Huli.Matchmaking.Search.Tests.Elasticsearch;

public sealed class ElasticsearchErrorTests
{
    private readonly ScriptedElasticsearch _elasticsearch = new();
    private readonly ISearchIndex _index;

    public ElasticsearchErrorTests()
    {
        _index = ScriptedIndex.OpenResults(_elasticsearch);
    }

    [Fact]
    public async Task Refused_search_raises_an_exception_naming_the_error_and_its_root_cause()
    {
        _elasticsearch.Respond(HttpMethod.POST, "/huli-results/_search", 400, """
            {"error":{"root_cause":[{"type":"too_many_nested_clauses","reason":"Query contains too many nested clauses; maxClauseCount is set to 4096"}],
              "type":"search_phase_execution_exception","reason":"all shards failed","phase":"query","grouped":true,
              "failed_shards":[{"shard":0,"index":"huli-results","node":"n1","reason":{"type":"too_many_nested_clauses","reason":"Query contains too many nested clauses; maxClauseCount is set to 4096"}}]},
             "status":400}
            """);

        var error = await Assert.ThrowsAsync<ElasticsearchSearchException>(() => _index.SearchAsync(Docs.Query("电池")));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("search_phase_execution_exception", error.ErrorType);
        Assert.Contains("could not search (index 'huli-results', HTTP 400)", error.Message, StringComparison.Ordinal);
        Assert.Contains("search_phase_execution_exception: all shards failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("too_many_nested_clauses", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_document_raises_an_exception_naming_the_error()
    {
        _elasticsearch.Respond(HttpMethod.PUT, "/huli-results/_doc/r1", 400,
            CannedResponses.Error(400, "strict_dynamic_mapping_exception", "[1:2] mapping set to strict, dynamic introduction of [extra] within [_doc] is not allowed"));

        var error = await Assert.ThrowsAsync<ElasticsearchSearchException>(() => _index.UpsertAsync(Docs.Make("r1", title: "锂电池")));

        Assert.Contains("index document 'r1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("strict_dynamic_mapping_exception", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_count_raises_instead_of_counting_zero()
    {
        _elasticsearch.Respond(HttpMethod.POST, "/huli-results/_count", 503,
            CannedResponses.Error(503, "cluster_block_exception", "blocked by: [SERVICE_UNAVAILABLE/1/state not recovered / initialized];"));

        var error = await Assert.ThrowsAsync<ElasticsearchSearchException>(() => _index.CountAsync());

        Assert.Equal("cluster_block_exception", error.ErrorType);
    }

    [Fact]
    public async Task Unscripted_request_fails_loudly()
    {
        var error = await Assert.ThrowsAsync<ElasticsearchSearchException>(() => _index.CountAsync());

        Assert.Equal("unscripted_request", error.ErrorType);
        Assert.Contains("POST /huli-results/_count", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_existence_check_raises_instead_of_answering_no()
    {
        // A HEAD answer has no body, so the status is all there is to report.
        _elasticsearch.Respond(HttpMethod.HEAD, "/huli-results/_doc/r1", 503);

        var error = await Assert.ThrowsAsync<ElasticsearchSearchException>(() => _index.ContainsAsync("r1"));

        Assert.Equal(503, error.StatusCode);
        Assert.Contains("HTTP 503", error.Message, StringComparison.Ordinal);
    }
}

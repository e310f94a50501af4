using Elastic.Transport;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Huli.Matchmaking.Search.Tests.Elasticsearch;

public sealed class ElasticsearchIndexCreationTests
{
    /// <summary>The settings and mapping every index gets: token fields split on whitespace only (tokens arrive
    /// analysed) and scored by BM25, facets as keywords, the date as a date.</summary>
    private const string ExpectedDefinition = """
        {
          "settings": {
            "number_of_shards": 1,
            "analysis": {
              "tokenizer": { "huli_token_list": { "type": "whitespace", "max_token_length": 32766 } },
              "analyzer": { "huli_token_list": { "type": "custom", "tokenizer": "huli_token_list" } }
            }
          },
          "mappings": {
            "dynamic": "strict",
            "properties": {
              "id": { "type": "keyword" },
              "title": { "type": "text", "analyzer": "huli_token_list", "similarity": "BM25", "index_options": "freqs" },
              "keywords": { "type": "text", "analyzer": "huli_token_list", "similarity": "BM25", "index_options": "freqs" },
              "text": { "type": "text", "analyzer": "huli_token_list", "similarity": "BM25", "index_options": "freqs" },
              "tokens": { "type": "keyword", "index": false, "doc_values": false },
              "facets": { "type": "keyword" },
              "date": { "type": "date" }
            }
          }
        }
        """;

    private readonly ScriptedElasticsearch _elasticsearch = new();

    [Fact]
    public void First_open_of_a_missing_index_creates_it_with_the_explicit_mapping()
    {
        _elasticsearch.Respond(HttpMethod.HEAD, "/huli-results", 404).Respond(HttpMethod.PUT, "/huli-results", 200, CannedResponses.IndexCreated);

        new ElasticsearchSearchIndexFactory(_elasticsearch.Client, "huli-").Open("results");

        Assert.Equal(["HEAD /huli-results", "PUT /huli-results"], _elasticsearch.Requests.Select(request => request.ToString()));
        JsonAssert.Equal(ExpectedDefinition, _elasticsearch.Single(HttpMethod.PUT, "/huli-results").Body);
    }

    [Fact]
    public void Existing_index_is_opened_as_it_is()
    {
        _elasticsearch.Respond(HttpMethod.HEAD, "/huli-results", 200);

        var index = new ElasticsearchSearchIndexFactory(_elasticsearch.Client, "huli-").Open("results");

        Assert.Equal("huli-results", ((ElasticsearchSearchIndex)index).IndexName);
        Assert.Equal(["HEAD /huli-results"], _elasticsearch.Requests.Select(request => request.ToString()));
    }

    [Fact]
    public void Same_name_gives_the_same_index_and_checks_the_server_once()
    {
        _elasticsearch.Respond(HttpMethod.HEAD, "/huli-results", 200).Respond(HttpMethod.HEAD, "/huli-needs", 200);
        var factory = new ElasticsearchSearchIndexFactory(_elasticsearch.Client, "huli-");

        Assert.Same(factory.Open("results"), factory.Open("results"));
        Assert.NotSame(factory.Open("results"), factory.Open("needs"));
        Assert.Equal(["HEAD /huli-results", "HEAD /huli-needs"], _elasticsearch.Requests.Select(request => request.ToString()));
    }

    [Fact]
    public void Index_created_meanwhile_by_another_process_is_accepted()
    {
        _elasticsearch
            .Respond(HttpMethod.HEAD, "/huli-results", 404)
            .Respond(HttpMethod.PUT, "/huli-results", 400,
                CannedResponses.Error(400, "resource_already_exists_exception", "index [huli-results/3Jx0ah5sQ1WbmDJz8Kf4Ag] already exists"));

        var index = new ElasticsearchSearchIndexFactory(_elasticsearch.Client, "huli-").Open("results");

        Assert.IsType<ElasticsearchSearchIndex>(index);
    }

    [Fact]
    public void Refused_creation_raises_an_exception_naming_the_servers_error_and_is_not_cached()
    {
        _elasticsearch
            .Respond(HttpMethod.HEAD, "/huli-results", 404)
            .Respond(HttpMethod.PUT, "/huli-results", 400,
                CannedResponses.Error(400, "illegal_argument_exception", "unknown setting [index.analysis.tokenizer.huli_token_list.max_token_length]"))
            .Respond(HttpMethod.PUT, "/huli-results", 200, CannedResponses.IndexCreated);
        var factory = new ElasticsearchSearchIndexFactory(_elasticsearch.Client, "huli-");

        var error = Assert.Throws<ElasticsearchSearchException>(() => factory.Open("results"));

        Assert.Contains("illegal_argument_exception", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown setting", error.Message, StringComparison.Ordinal);
        Assert.Contains("huli-results", error.Message, StringComparison.Ordinal);
        Assert.Equal(400, error.StatusCode);
        Assert.IsType<ElasticsearchSearchIndex>(factory.Open("results"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Results")]
    [InlineData("_results")]
    [InlineData("a b")]
    [InlineData("a/b")]
    [InlineData("a:b")]
    [InlineData("a*")]
    public void Names_that_are_not_valid_index_names_are_rejected_before_any_request(string name)
    {
        var factory = new ElasticsearchSearchIndexFactory(_elasticsearch.Client, "huli-");

        Assert.ThrowsAny<ArgumentException>(() => factory.Open(name));
        Assert.Empty(_elasticsearch.Requests);
    }

    [Theory]
    [InlineData("Huli-")]
    [InlineData("-huli")]
    [InlineData("huli results")]
    public void Prefixes_that_cannot_start_an_index_name_are_rejected(string prefix)
    {
        Assert.Throws<ArgumentException>(() => new ElasticsearchSearchIndexFactory(_elasticsearch.Client, prefix));
    }
}

using Elastic.Transport;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Huli.Matchmaking.Search.Tests.Elasticsearch;

public sealed class ElasticsearchSearchTests
{
    private const string SearchPath = "/huli-results/_search";

    private readonly ScriptedElasticsearch _elasticsearch = new();
    private readonly ISearchIndex _index;

    public ElasticsearchSearchTests()
    {
        _index = ScriptedIndex.OpenResults(_elasticsearch);
    }

    [Fact]
    public async Task Search_sends_a_should_term_per_field_and_token_boosted_by_weight_times_count_with_filters_and_paging()
    {
        _elasticsearch.Respond(HttpMethod.POST, SearchPath, 200, Hits());
        var filters = Docs.Facets(("status", ["open"]), ("field", ["smart-equipment", "new-energy"]));

        await _index.SearchAsync(new SearchRequest(Docs.Tokens("划痕 检测 划痕"), 5, filters, Skip: 10));

        JsonAssert.Equal("""
            {
              "query": {
                "bool": {
                  "should": [
                    { "term": { "title": { "value": "划痕", "boost": 4 } } },
                    { "term": { "keywords": { "value": "划痕", "boost": 3 } } },
                    { "term": { "text": { "value": "划痕", "boost": 2 } } },
                    { "term": { "title": { "value": "检测", "boost": 2 } } },
                    { "term": { "keywords": { "value": "检测", "boost": 1.5 } } },
                    { "term": { "text": { "value": "检测", "boost": 1 } } }
                  ],
                  "minimum_should_match": 1,
                  "filter": [
                    { "terms": { "facets": ["status=open"] } },
                    { "terms": { "facets": ["field=smart-equipment", "field=new-energy"] } }
                  ]
                }
              },
              "from": 10,
              "size": 5,
              "sort": [ { "_score": { "order": "desc" } }, { "id": { "order": "asc" } } ],
              "track_scores": true,
              "track_total_hits": false,
              "_source": { "includes": "tokens" }
            }
            """, _elasticsearch.Single(HttpMethod.POST, SearchPath).Body);
    }

    [Fact]
    public async Task Custom_weights_boost_their_fields_and_a_zero_weight_leaves_its_field_out()
    {
        _elasticsearch.Respond(HttpMethod.POST, SearchPath, 200, Hits());

        await _index.SearchAsync(new SearchRequest(["伺服电机"], 10, Weights: new FieldWeights(Title: 0.5f, Keywords: 0f, Text: 3f)));

        JsonAssert.Equal("""
            {
              "query": {
                "bool": {
                  "should": [
                    { "term": { "title": { "value": "伺服电机", "boost": 0.5 } } },
                    { "term": { "text": { "value": "伺服电机", "boost": 3 } } }
                  ],
                  "minimum_should_match": 1
                }
              },
              "from": 0,
              "size": 10,
              "sort": [ { "_score": { "order": "desc" } }, { "id": { "order": "asc" } } ],
              "track_scores": true,
              "track_total_hits": false,
              "_source": { "includes": "tokens" }
            }
            """, _elasticsearch.Single(HttpMethod.POST, SearchPath).Body);
    }

    [Fact]
    public async Task Hits_become_search_hits_with_ids_scores_and_matched_terms_in_query_order()
    {
        _elasticsearch.Respond(HttpMethod.POST, SearchPath, 200, Hits(
            ("vision", 7.25, ["机器视觉", "检测", "注塑件", "划痕", "表面"]),
            ("battery", 1.5, ["锂电池", "热失控", "检测"])));

        var hits = await _index.SearchAsync(Docs.Query("表面 电池 注塑件 检测 机器视觉 表面"));

        Assert.Equal(["vision", "battery"], hits.Select(hit => hit.Id));
        Assert.Equal([7.25, 1.5], hits.Select(hit => hit.Score));
        Assert.Equal(["表面", "注塑件", "检测", "机器视觉"], hits[0].MatchedTerms);
        Assert.Equal(["检测"], hits[1].MatchedTerms);
    }

    [Fact]
    public async Task A_search_without_matched_terms_asks_for_no_source_and_reads_ids_and_scores()
    {
        _elasticsearch.Respond(HttpMethod.POST, SearchPath, 200, """
            {"took":3,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"total":{"value":2,"relation":"eq"},"max_score":4.5,"hits":[
               {"_index":"huli-results","_id":"vision","_score":4.5},
               {"_index":"huli-results","_id":"battery","_score":1.25}]}}
            """);

        var hits = await _index.SearchAsync(new SearchRequest(Docs.Tokens("检测"), 200, WithMatchedTerms: false));

        Assert.Equal(["vision", "battery"], hits.Select(hit => hit.Id));
        Assert.Equal([4.5, 1.25], hits.Select(hit => hit.Score));
        Assert.All(hits, hit => Assert.Empty(hit.MatchedTerms));
        JsonAssert.Equal("""
            {
              "query": {
                "bool": {
                  "should": [
                    { "term": { "title": { "value": "检测", "boost": 2 } } },
                    { "term": { "keywords": { "value": "检测", "boost": 1.5 } } },
                    { "term": { "text": { "value": "检测", "boost": 1 } } }
                  ],
                  "minimum_should_match": 1
                }
              },
              "from": 0,
              "size": 200,
              "sort": [ { "_score": { "order": "desc" } }, { "id": { "order": "asc" } } ],
              "track_scores": true,
              "track_total_hits": false,
              "_source": false
            }
            """, _elasticsearch.Single(HttpMethod.POST, SearchPath).Body);
    }

    [Fact]
    public async Task Newest_search_sorts_by_date_with_undated_last_then_by_score_then_id()
    {
        _elasticsearch.Respond(HttpMethod.POST, SearchPath, 200, Hits(("may", 0.9, ["电池"])));

        var hits = await _index.SearchAsync(new SearchRequest(["电池"], 20, Skip: 40, Sort: SearchSort.Newest));

        JsonAssert.Equal("""
            {
              "query": {
                "bool": {
                  "should": [
                    { "term": { "title": { "value": "电池", "boost": 2 } } },
                    { "term": { "keywords": { "value": "电池", "boost": 1.5 } } },
                    { "term": { "text": { "value": "电池", "boost": 1 } } }
                  ],
                  "minimum_should_match": 1
                }
              },
              "from": 40,
              "size": 20,
              "sort": [
                { "date": { "order": "desc", "missing": "_last" } },
                { "_score": { "order": "desc" } },
                { "id": { "order": "asc" } }
              ],
              "track_scores": true,
              "track_total_hits": false,
              "_source": { "includes": "tokens" }
            }
            """, _elasticsearch.Single(HttpMethod.POST, SearchPath).Body);
        Assert.Equal(0.9, Assert.Single(hits).Score);
    }

    [Fact]
    public async Task Browsing_filters_without_scoring_and_sorts_by_date_then_id()
    {
        _elasticsearch.Respond(HttpMethod.POST, SearchPath, 200, Hits(("june", null, ["石墨烯"]), ("april", null, ["电池"])));

        var hits = await _index.SearchAsync(new SearchRequest([], 10, Docs.Facets(("status", ["open"])), Sort: SearchSort.Newest));

        JsonAssert.Equal("""
            {
              "query": { "bool": { "filter": { "terms": { "facets": ["status=open"] } } } },
              "from": 0,
              "size": 10,
              "sort": [ { "date": { "order": "desc", "missing": "_last" } }, { "id": { "order": "asc" } } ],
              "track_total_hits": false,
              "_source": { "includes": "tokens" }
            }
            """, _elasticsearch.Single(HttpMethod.POST, SearchPath).Body);
        Assert.Equal(["june", "april"], hits.Select(hit => hit.Id));
        Assert.All(hits, hit => Assert.Equal(0, hit.Score));
        Assert.All(hits, hit => Assert.Empty(hit.MatchedTerms));
    }

    [Fact]
    public async Task Browsing_without_filters_matches_all()
    {
        _elasticsearch.Respond(HttpMethod.POST, SearchPath, 200, Hits());

        await _index.SearchAsync(new SearchRequest([], 10, Sort: SearchSort.Newest));

        var body = System.Text.Json.Nodes.JsonNode.Parse(_elasticsearch.Single(HttpMethod.POST, SearchPath).BodyText)!;
        JsonAssert.Equal("""{ "match_all": {} }""", System.Text.Encoding.UTF8.GetBytes(body["query"]!.ToJsonString()));
    }

    [Fact]
    public async Task Count_of_matches_sends_the_same_query_to_the_count_api()
    {
        _elasticsearch.Respond(HttpMethod.POST, "/huli-results/_count", 200, CannedResponses.Count(37));

        var count = await _index.CountMatchesAsync(new SearchRequest(["电池"], 10, Docs.Facets(("status", ["open"])), Skip: 20));

        Assert.Equal(37, count);
        JsonAssert.Equal("""
            {
              "query": {
                "bool": {
                  "should": [
                    { "term": { "title": { "value": "电池", "boost": 2 } } },
                    { "term": { "keywords": { "value": "电池", "boost": 1.5 } } },
                    { "term": { "text": { "value": "电池", "boost": 1 } } }
                  ],
                  "minimum_should_match": 1,
                  "filter": { "terms": { "facets": ["status=open"] } }
                }
              }
            }
            """, _elasticsearch.Single(HttpMethod.POST, "/huli-results/_count").Body);
    }

    [Fact]
    public async Task Requests_that_cannot_match_send_nothing()
    {
        Assert.Empty(await _index.SearchAsync(new SearchRequest([], 10)));
        Assert.Empty(await _index.SearchAsync(new SearchRequest(["电池"], 0)));
        Assert.Empty(await _index.SearchAsync(new SearchRequest(["电池"], 10, Docs.Facets(("status", [])))));
        Assert.Equal(0, await _index.CountMatchesAsync(new SearchRequest([], 10)));

        Assert.Equal(["HEAD /huli-results"], _elasticsearch.Requests.Select(request => request.ToString()));
    }

    [Fact]
    public async Task Large_top_asks_for_the_rest_of_the_result_window_and_counts_one_past_it()
    {
        _elasticsearch.Respond(HttpMethod.POST, SearchPath, 200, Hits(("r1", 1.0, ["电池"])));

        var hits = await _index.SearchAsync(new SearchRequest(["电池"], int.MaxValue, Skip: 100));

        var body = System.Text.Json.Nodes.JsonNode.Parse(_elasticsearch.Single(HttpMethod.POST, SearchPath).BodyText)!;
        Assert.Equal(9_900, body["size"]!.GetValue<int>());
        Assert.Equal(10_001, body["track_total_hits"]!.GetValue<int>());
        Assert.Equal("r1", Assert.Single(hits).Id);
    }

    [Fact]
    public async Task More_matches_than_the_result_window_raise_instead_of_being_cut()
    {
        _elasticsearch.Respond(HttpMethod.POST, SearchPath, 200, Hits(total: 10_001, relation: "gte"));

        await Assert.ThrowsAsync<NotSupportedException>(() => _index.SearchAsync(new SearchRequest(["电池"], 20_000)));
    }

    [Fact]
    public async Task Page_beyond_the_result_window_is_empty_when_there_are_not_that_many_matches()
    {
        _elasticsearch.Respond(HttpMethod.POST, "/huli-results/_count", 200, CannedResponses.Count(12_000));

        Assert.Empty(await _index.SearchAsync(new SearchRequest(["电池"], 10, Skip: 12_000)));
        await Assert.ThrowsAsync<NotSupportedException>(() => _index.SearchAsync(new SearchRequest(["电池"], 10, Skip: 11_990)));
        Assert.DoesNotContain(_elasticsearch.Requests, request => request.Path == SearchPath);
    }

    /// <summary>A search answer as Elasticsearch 9 documents it; a null score is what it sends for hits it did
    /// not score.</summary>
    private static string Hits(params (string Id, double? Score, string[] Tokens)[] hits) => Hits(hits.Length, "eq", hits);

    private static string Hits(int total, string relation, params (string Id, double? Score, string[] Tokens)[] hits)
    {
        var items = hits.Select(hit => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["_index"] = "huli-results",
            ["_id"] = hit.Id,
            ["_score"] = hit.Score,
            ["_source"] = new Dictionary<string, object> { ["tokens"] = hit.Tokens },
        }));
        return $$$"""
            {"took":5,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"total":{"value":{{{total}}},"relation":"{{{relation}}}"},"max_score":null,"hits":[{{{string.Join(",", items)}}}]}}
            """;
    }
}

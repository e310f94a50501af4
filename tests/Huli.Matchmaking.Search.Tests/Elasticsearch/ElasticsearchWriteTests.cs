using Elastic.Transport;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Huli.Matchmaking.Search.Tests.Elasticsearch;

public sealed class ElasticsearchWriteTests
{
    private readonly ScriptedElasticsearch _elasticsearch = new();
    private readonly ISearchIndex _index;

    public ElasticsearchWriteTests()
    {
        _index = ScriptedIndex.OpenResults(_elasticsearch);
    }

    [Fact]
    public async Task Upsert_indexes_the_document_under_its_id_and_waits_for_the_refresh()
    {
        _elasticsearch.Respond(HttpMethod.PUT, "/huli-results/_doc/r1", 201, CannedResponses.DocumentIndexed);
        var document = Docs.Make(
            "r1",
            title: "机器视觉 检测",
            keywords: "注塑件 检测",
            text: "划痕 检测 表面",
            facets: Docs.Facets(("status", ["open"]), ("field", ["smart-equipment", "new-energy"])),
            date: Docs.Day(4, 1));

        await _index.UpsertAsync(document);

        var request = _elasticsearch.Single(HttpMethod.PUT, "/huli-results/_doc/r1");
        Assert.Equal("?refresh=wait_for", request.Query);
        JsonAssert.Equal("""
            {
              "id": "r1",
              "title": ["机器视觉", "检测"],
              "keywords": ["注塑件", "检测"],
              "text": ["划痕", "检测", "表面"],
              "tokens": ["机器视觉", "检测", "注塑件", "划痕", "表面"],
              "facets": ["status=open", "field=smart-equipment", "field=new-energy"],
              "date": "2024-04-01T04:00:00+00:00"
            }
            """, request.Body);
    }

    [Fact]
    public async Task Document_without_date_or_facets_sends_neither()
    {
        _elasticsearch.Respond(HttpMethod.PUT, "/huli-results/_doc/r1", 201, CannedResponses.DocumentIndexed);

        await _index.UpsertAsync(Docs.Make("r1", title: "锂电池"));

        JsonAssert.Equal("""
            { "id": "r1", "title": ["锂电池"], "keywords": [], "text": [], "tokens": ["锂电池"], "facets": [] }
            """, _elasticsearch.Single(HttpMethod.PUT, "/huli-results/_doc/r1").Body);
    }

    [Fact]
    public async Task Facet_keys_are_escaped_so_that_the_first_bare_equals_sign_ends_the_key()
    {
        _elasticsearch.Respond(HttpMethod.PUT, "/huli-results/_doc/r1", 201, CannedResponses.DocumentIndexed);

        await _index.UpsertAsync(Docs.Make("r1", facets: Docs.Facets(("a=b", ["c"]), ("a", ["b=c"]), ("x\\", ["y"]))));

        var body = System.Text.Json.Nodes.JsonNode.Parse(_elasticsearch.Single(HttpMethod.PUT, "/huli-results/_doc/r1").BodyText)!;
        Assert.Equal(["a\\=b=c", "a=b=c", "x\\\\=y"], body["facets"]!.AsArray().Select(value => value!.GetValue<string>()));
    }

    [Fact]
    public async Task Upserting_many_sends_one_bulk_request_with_an_action_and_a_source_line_per_document()
    {
        _elasticsearch.Respond(HttpMethod.POST, "/huli-results/_bulk", 200, CannedResponses.BulkCreated("r1", "r2"));

        await _index.UpsertManyAsync(
        [
            Docs.Make("r1", title: "锂电池", facets: Docs.Facets(("status", ["open"])), date: Docs.Day(3, 1)),
            Docs.Make("r2", text: "石墨烯 导热 石墨烯"),
        ]);

        var bulk = _elasticsearch.Single(HttpMethod.POST, "/huli-results/_bulk");
        Assert.Equal("?refresh=wait_for", bulk.Query);
        Assert.Equal(2, _elasticsearch.Requests.Count);
        JsonAssert.NdjsonEqual(
        [
            """{ "index": { "_id": "r1" } }""",
            """
            { "id": "r1", "title": ["锂电池"], "keywords": [], "text": [], "tokens": ["锂电池"], "facets": ["status=open"],
              "date": "2024-03-01T04:00:00+00:00" }
            """.ReplaceLineEndings(" "),
            """{ "index": { "_id": "r2" } }""",
            """
            { "id": "r2", "title": [], "keywords": [], "text": ["石墨烯", "导热", "石墨烯"], "tokens": ["石墨烯", "导热"], "facets": [] }
            """.ReplaceLineEndings(" "),
        ], bulk.Body);
    }

    [Fact]
    public async Task Empty_batch_sends_nothing()
    {
        await _index.UpsertManyAsync([]);

        Assert.Equal(["HEAD /huli-results"], _elasticsearch.Requests.Select(request => request.ToString()));
    }

    [Fact]
    public async Task Bulk_with_a_refused_document_raises_an_exception_naming_it()
    {
        _elasticsearch.Respond(HttpMethod.POST, "/huli-results/_bulk", 200, """
            {"took":3,"errors":true,"items":[
              {"index":{"_index":"huli-results","_id":"r1","_version":1,"result":"created","_shards":{"total":2,"successful":1,"failed":0},"_seq_no":0,"_primary_term":1,"status":201}},
              {"index":{"_index":"huli-results","_id":"r2","status":400,"error":{"type":"document_parsing_exception","reason":"[1:110] failed to parse field [date] of type [date] in document with id 'r2'"}}}
            ]}
            """);

        var error = await Assert.ThrowsAsync<ElasticsearchSearchException>(
            () => _index.UpsertManyAsync([Docs.Make("r1", title: "锂电池"), Docs.Make("r2", title: "石墨烯")]));

        Assert.Contains("1 of 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("'r2': document_parsing_exception", error.Message, StringComparison.Ordinal);
        Assert.Equal("document_parsing_exception", error.ErrorType);
    }

    [Fact]
    public async Task Delete_removes_by_id_and_waits_for_the_refresh()
    {
        _elasticsearch.Respond(HttpMethod.DELETE, "/huli-results/_doc/r1", 200, CannedResponses.DocumentDeleted);

        await _index.DeleteAsync("r1");

        Assert.Equal("?refresh=wait_for", _elasticsearch.Single(HttpMethod.DELETE, "/huli-results/_doc/r1").Query);
    }

    [Fact]
    public async Task Deleting_a_missing_document_is_not_an_error()
    {
        _elasticsearch.Respond(HttpMethod.DELETE, "/huli-results/_doc/missing", 404, CannedResponses.DocumentNotFound);

        await _index.DeleteAsync("missing");

        Assert.Single(_elasticsearch.Requests, request => request.Method == HttpMethod.DELETE);
    }

    [Fact]
    public async Task Deleting_from_a_missing_index_is_an_error()
    {
        _elasticsearch.Respond(HttpMethod.DELETE, "/huli-results/_doc/r1", 404,
            CannedResponses.Error(404, "index_not_found_exception", "no such index [huli-results]"));

        var error = await Assert.ThrowsAsync<ElasticsearchSearchException>(() => _index.DeleteAsync("r1"));

        Assert.Equal("index_not_found_exception", error.ErrorType);
        Assert.Contains("no such index [huli-results]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contains_asks_whether_the_document_exists()
    {
        _elasticsearch
            .Respond(HttpMethod.HEAD, "/huli-results/_doc/r1", 200)
            .Respond(HttpMethod.HEAD, "/huli-results/_doc/r2", 404);

        Assert.True(await _index.ContainsAsync("r1"));
        Assert.False(await _index.ContainsAsync("r2"));
    }

    [Fact]
    public async Task Count_asks_the_count_api_of_the_index()
    {
        _elasticsearch.Respond(HttpMethod.POST, "/huli-results/_count", 200, CannedResponses.Count(42));

        Assert.Equal(42, await _index.CountAsync());
    }
}

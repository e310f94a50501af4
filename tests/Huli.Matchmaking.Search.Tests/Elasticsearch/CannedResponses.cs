namespace Huli.Matchmaking.Search.Tests.Elasticsearch;

/// <summary>Response bodies as Elasticsearch 9 documents them for each API, for index <c>huli-results</c>.</summary>
internal static class CannedResponses
{
    public const string IndexCreated = """{"acknowledged":true,"shards_acknowledged":true,"index":"huli-results"}""";

    public const string DocumentIndexed = """
        {"_index":"huli-results","_id":"r1","_version":1,"result":"created","forced_refresh":true,
         "_shards":{"total":2,"successful":1,"failed":0},"_seq_no":0,"_primary_term":1}
        """;

    public const string DocumentDeleted = """
        {"_index":"huli-results","_id":"r1","_version":2,"result":"deleted","forced_refresh":true,
         "_shards":{"total":2,"successful":1,"failed":0},"_seq_no":1,"_primary_term":1}
        """;

    /// <summary>The 404 body of deleting an id that the index does not hold.</summary>
    public const string DocumentNotFound = """
        {"_index":"huli-results","_id":"missing","_version":1,"result":"not_found",
         "_shards":{"total":2,"successful":1,"failed":0},"_seq_no":2,"_primary_term":1}
        """;

    public static string Count(int count) => $$$"""
        {"count":{{{count}}},"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}}
        """;

    public static string BulkCreated(params string[] ids)
    {
        var items = ids.Select((id, i) => $$$"""
            {"index":{"_index":"huli-results","_id":"{{{id}}}","_version":1,"result":"created","forced_refresh":true,
             "_shards":{"total":2,"successful":1,"failed":0},"_seq_no":{{{i}}},"_primary_term":1,"status":201}}
            """);
        return $$$"""{"took":30,"errors":false,"items":[{{{string.Join(",", items)}}}]}""";
    }

    public static string Error(int status, string type, string reason) => $$$"""
        {"error":{"root_cause":[{"type":"{{{type}}}","reason":"{{{reason}}}"}],"type":"{{{type}}}","reason":"{{{reason}}}"},"status":{{{status}}}}
        """;
}

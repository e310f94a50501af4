namespace Huli.Matchmaking.Search;

/// <summary>Where the distributed profile's Elasticsearch is and how to reach it.</summary>
/// <param name="Url">The cluster's address, for example <c>http://localhost:9200</c>.</param>
/// <param name="ApiKey">An encoded API key (the <c>encoded</c> value Elasticsearch returns), or null for a cluster
/// without security.</param>
/// <param name="IndexPrefix">Put before every index name: <c>huli-</c> makes <c>results</c> the index
/// <c>huli-results</c>.</param>
public sealed record ElasticsearchSearchOptions(Uri Url, string? ApiKey = null, string IndexPrefix = "huli-");

using Elastic.Transport;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Huli.Matchmaking.Search.Tests.Elasticsearch;

internal static class ScriptedIndex
{
    /// <summary>The index <c>huli-results</c> over a script in which it already exists; the existence check is
    /// the script's first request.</summary>
    public static ISearchIndex OpenResults(ScriptedElasticsearch elasticsearch)
    {
        elasticsearch.Respond(HttpMethod.HEAD, "/huli-results", 200);
        return new ElasticsearchSearchIndexFactory(elasticsearch.Client, "huli-").Open("results");
    }
}

using Elastic.Transport.Products.Elasticsearch;

namespace Huli.Matchmaking.Search;

internal static class ElasticsearchResponses
{
    /// <summary>Every call's answer goes through here: the client does not throw on a failed call, so an
    /// unchecked response would be a silent failure.</summary>
    public static T EnsureValid<T>(this T response, string action, string index)
        where T : ElasticsearchResponse
    {
        if (!response.IsValidResponse)
        {
            throw ElasticsearchSearchException.From(response, action, index);
        }

        return response;
    }
}

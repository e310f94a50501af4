using Elastic.Transport.Products.Elasticsearch;

namespace Huli.Matchmaking.Search;

/// <summary>Elasticsearch refused or failed a call of the search index. The message names the server's error
/// (type and reason) or, when no answer came, the transport's.</summary>
public sealed class ElasticsearchSearchException : Exception
{
    public ElasticsearchSearchException(string message, int? statusCode = null, string? errorType = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorType = errorType;
    }

    /// <summary>The HTTP status of the answer, if there was one.</summary>
    public int? StatusCode { get; }

    /// <summary>Elasticsearch's error type, for example <c>index_not_found_exception</c>.</summary>
    public string? ErrorType { get; }

    internal static ElasticsearchSearchException From(ElasticsearchResponse response, string action, string index)
    {
        var status = response.ApiCallDetails?.HttpStatusCode;
        var error = response.ElasticsearchServerError?.Error;
        response.TryGetOriginalException(out var original);

        var cause = error is null ? original?.Message ?? "no error details in the answer" : Describe(error);
        var statusText = status is null ? "no HTTP answer" : $"HTTP {status}";
        return new ElasticsearchSearchException(
            $"Elasticsearch could not {action} (index '{index}', {statusText}): {cause}", status, error?.Type, original);
    }

    /// <summary>The error and its root cause, which for search errors ("all shards failed") holds the useful
    /// part.</summary>
    private static string Describe(Error error)
    {
        var description = $"{error.Type}: {error.Reason}";
        var root = error.RootCause?.FirstOrDefault();
        if (root is not null && (root.Type != error.Type || root.Reason != error.Reason))
        {
            description += $" (root cause {root.Type}: {root.Reason})";
        }

        return description;
    }
}

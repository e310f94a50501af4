using System.Net;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Results.Features.Feeds;

/// <summary>The feed answered with a status worth trying again (5xx, 408, 429); retried and counted by the
/// circuit breaker.</summary>
public sealed class FeedUnavailableException(HttpStatusCode status, TimeSpan? retryAfter)
    : FeedException(new LocalText($"数据源返回 {(int)status} {status}。", $"The feed answered {(int)status} {status}."))
{
    public HttpStatusCode Status { get; } = status;

    /// <summary>How long the feed asked us to wait, if it said.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>The feed turned the request down (401, 404 and the like): asking again at once would get the same
/// answer, so it waits for the next poll.</summary>
public sealed class FeedRefusedException(HttpStatusCode status)
    : FeedException(new LocalText($"数据源拒绝了请求：{(int)status} {status}。", $"The feed refused the request with {(int)status} {status}."))
{
    public HttpStatusCode Status { get; } = status;
}

/// <summary>The feed answered, but not with a page of the protocol. Retrying at once would fetch the same
/// garbage, so the page is rejected and the cursor stays where it was.</summary>
public sealed class MalformedFeedPageException(LocalText text) : FeedException(text);

/// <summary>A feed failure the coordinators read on the feeds' status, in their language; the exception's own
/// message, for the log, is the English.</summary>
public abstract class FeedException(LocalText text) : Exception(text.English)
{
    public LocalText Text { get; } = text;
}

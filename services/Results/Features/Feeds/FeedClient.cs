using System.Globalization;
using System.Net.Http.Headers;
using Huli.Matchmaking.Localisation;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Polly.Registry;

namespace Huli.Matchmaking.Results.Features.Feeds;

/// <summary>Fetches one page of a feed through the feed's resilience pipeline. The body is read inside the
/// pipeline too, so a feed that sends its headers and then stalls is still cut off by the attempt timeout.
/// <para>The protocol: <c>GET {Url}?since={cursor}&amp;limit={n}</c> (no <c>since</c> on a feed's first poll),
/// with <c>Authorization: Bearer {ApiKey}</c> when the feed has a key, answers
/// <c>{"items":[{...}], "next":"&lt;cursor&gt;", "hasMore":true|false}</c>. Each item carries the fields of
/// <see cref="Publishing.ResultInput"/> under its JSON names, <c>externalId</c> required. The cursor is opaque
/// (a timestamp, a sequence number): we only send back the <c>next</c> of the last page we listed. A missing or
/// null <c>next</c> keeps the cursor; <c>hasMore</c> asks for the next page at once and needs a new
/// <c>next</c>. 5xx, 408 and 429 are retried; other non-2xx answers and malformed pages are not.</para></summary>
public sealed class FeedClient(IHttpClientFactory clients, ResiliencePipelineProvider<string> pipelines, IOptions<FeedPolicy> policy)
{
    /// <summary>A named client without the standard resilience handler the service defaults put on every client:
    /// the feed pipeline is the one policy, not a second one stacked on it.</summary>
    public const string HttpClientName = "results-feeds";

    public async Task<byte[]> FetchAsync(FeedOptions feed, string? since, CancellationToken cancellationToken)
    {
        var pipeline = pipelines.GetPipeline(FeedResilience.KeyFor(feed.Name));
        var client = clients.CreateClient(HttpClientName);
        var url = PageUrl(feed, since);
        return await pipeline.ExecuteAsync(
            async token =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                if (!string.IsNullOrEmpty(feed.ApiKey))
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", feed.ApiKey);
                }

                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
                if (FeedResilience.IsTransient(response.StatusCode))
                {
                    throw new FeedUnavailableException(response.StatusCode, response.Headers.RetryAfter?.Delta);
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new FeedRefusedException(response.StatusCode);
                }

                return await ReadBoundedAsync(response.Content, policy.Value.MaxPageBytes, token);
            },
            cancellationToken);
    }

    /// <summary><c>{Url}?since={cursor}&amp;limit={n}</c>; the first poll of a feed sends no <c>since</c>.</summary>
    public static string PageUrl(FeedOptions feed, string? since)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (since is not null)
        {
            query.Add(new("since", since));
        }

        query.Add(new("limit", feed.PageSize.ToString(CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(feed.Url, query);
    }

    /// <summary>A page too large to hold is a malformed page, not a transient failure: fetching it again would
    /// only fetch the same bytes.</summary>
    private static async Task<byte[]> ReadBoundedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > maxBytes)
        {
            throw new MalformedFeedPageException(new LocalText(
                $"该页有 {content.Headers.ContentLength:N0} 字节，最多只读取 {maxBytes:N0} 字节。", $"The page is {content.Headers.ContentLength:N0} bytes; at most {maxBytes:N0} are read."));
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new MalformedFeedPageException(new LocalText($"该页超过 {maxBytes:N0} 字节。", $"The page is over {maxBytes:N0} bytes."));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

using System.Collections.Concurrent;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.Results.Features.Publishing;
using Huli.Matchmaking.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Huli.Matchmaking.Results.Features.Feeds;

/// <summary>Reads a feed from its saved cursor to its end, page by page. Items are listed in order, each as if
/// the institute had sent it over the API; an item that fails validation is counted and skipped, while a page
/// that fails (unreachable, garbage, circuit open) ends the poll and leaves the cursor where it was.</summary>
public sealed class FeedPoller(
    IOptions<FeedSettings> settings,
    IOptions<FeedPolicy> policy,
    FeedStatusBoard board,
    FeedClient client,
    FeedCursorStore cursors,
    IServiceScopeFactory scopes,
    IOptions<JsonOptions> json,
    TimeProvider clock,
    ILogger<FeedPoller> logger)
{
    // One poll per feed at a time: the background loop and a poll asked for by hand must not list one page twice
    // in parallel or save their cursors out of order.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> running = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Polls the named feed now, waiting for a poll already under way to finish first. Failures are
    /// recorded in the feed's status and returned, not thrown; only cancellation is.</summary>
    public async Task<FeedPollReport> PollAsync(string feedName, CancellationToken cancellationToken)
    {
        var feed = settings.Value.Find(feedName) ?? throw new ArgumentException($"No feed named '{feedName}' is configured.", nameof(feedName));
        var status = board.Find(feed.Name)!;
        var gate = running.GetOrAdd(feed.Name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await ReadAsync(status, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<FeedPollReport> ReadAsync(FeedStatus status, CancellationToken cancellationToken)
    {
        var feed = status.Feed;
        var tally = new FeedPollReport(feed.Name);
        var cursor = await cursors.LoadAsync(feed.Name, cancellationToken);
        status.Polled(clock.GetUtcNow(), cursor);
        try
        {
            bool hasMore;
            do
            {
                var page = FeedPage.Parse(await client.FetchAsync(feed, cursor, cancellationToken), cursor);
                await ListAsync(status, page, cursor, tally, cancellationToken);

                // Saved only once every item of the page is listed. A crash before this line re-lists the page on
                // the next poll, which is harmless: listing matches on (institute, externalId), so the same
                // record again changes nothing.
                if (page.Next is { } next && next != cursor)
                {
                    await cursors.SaveAsync(feed.Name, next, cancellationToken);
                    status.Advanced(next);
                    cursor = next;
                }

                tally.Pages++;
                hasMore = page.HasMore;
            }
            while (hasMore);

            status.Succeeded(clock.GetUtcNow());
            return tally;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            tally.Error = Describe(e);
            if (IsFeedFailure(e))
            {
                logger.LogWarning("Feed {Feed} at cursor {Cursor}: {Error}", feed.Name, cursor, tally.Error.English);
            }
            else
            {
                logger.LogError(e, "Feed {Feed} at cursor {Cursor} failed unexpectedly.", feed.Name, cursor);
            }

            status.Failed(clock.GetUtcNow(), tally.Error);
            return tally;
        }
    }

    private async Task ListAsync(FeedStatus status, FeedPage page, string? since, FeedPollReport tally, CancellationToken cancellationToken)
    {
        var feed = status.Feed;
        var caller = Caller.System(feed.Institute, Roles.Institute);
        await using var scope = scopes.CreateAsyncScope();
        var listing = scope.ServiceProvider.GetRequiredService<ResultListing>();
        var db = scope.ServiceProvider.GetRequiredService<ResultsDbContext>();
        for (var i = 0; i < page.Items.Count; i++)
        {
            var input = FeedItem.Read(page.Items[i], json.Value.SerializerOptions, out var problem);
            if (input is not null && input.Validate(caller) is { Any: true } errors)
            {
                problem = FeedItem.Describe(errors);
            }

            if (input is null || problem is not null)
            {
                var which = new LocalText(
                    $"自游标 '{since}' 起的一页中第 {i + 1} 项（externalId '{input?.ExternalId}'）",
                    $"Item {i + 1} of the page since '{since}' (externalId '{input?.ExternalId}')");
                logger.LogWarning("Feed {Feed}: {Item} skipped: {Problem}", feed.Name, which.English, problem?.English);
                status.Rejected(new LocalText($"{which.Chinese}：{problem?.Chinese}", $"{which.English}: {problem?.English}"));
                tally.Rejected++;
                continue;
            }

            var (_, effect) = await listing.ListAsync(input, caller, RecordSource.Feed, cancellationToken);
            status.Listed(effect);
            tally.Count(effect);

            // Each item is committed on its own; forgetting it keeps a long feed from growing the tracker.
            db.ChangeTracker.Clear();
        }
    }

    private static bool IsFeedFailure(Exception e) =>
        e is FeedException or TimeoutRejectedException or BrokenCircuitException or HttpRequestException or HttpIOException;

    private LocalText Describe(Exception e)
    {
        var retries = policy.Value.MaxRetryAttempts;
        return e switch
        {
            MalformedFeedPageException page => new LocalText($"该页被拒收，游标保持不变：{page.Text.Chinese}", $"Page rejected, cursor kept: {page.Text.English}"),
            BrokenCircuitException broken => broken.RetryAfter is { } wait
                ? new LocalText($"连续失败后熔断器已断开，{wait.TotalSeconds:0.#} 秒内不再访问该数据源。", $"Circuit open after repeated failures; the feed is left alone for {wait.TotalSeconds:0.#} s.")
                : new LocalText("连续失败后熔断器已断开，暂不访问该数据源。", "Circuit open after repeated failures; the feed is left alone."),
            TimeoutRejectedException => new LocalText(
                $"数据源在 {policy.Value.AttemptTimeout.TotalSeconds:0.###} 秒内没有应答，重试 {retries} 次后放弃。",
                $"The feed did not answer within {policy.Value.AttemptTimeout.TotalSeconds:0.###} s. Gave up after {retries} retries."),
            FeedUnavailableException unavailable => new LocalText($"{unavailable.Text.Chinese}重试 {retries} 次后放弃。", $"{unavailable.Text.English} Gave up after {retries} retries."),
            FeedException feed => feed.Text,
            HttpRequestException or HttpIOException => new LocalText($"无法连接数据源：{e.Message}", $"The feed could not be reached: {e.Message}"),
            _ => new LocalText(e.Message, e.Message),
        };
    }
}

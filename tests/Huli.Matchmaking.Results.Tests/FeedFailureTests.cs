using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.Testing;

namespace Huli.Matchmaking.Results.Tests;

public sealed class FeedFailureTests
{
    [Fact]
    public async Task A_briefly_unavailable_feed_is_retried()
    {
        await using var feed = await FakeFeedServer.StartAsync();
        using var host = new ResultsHostFactory(feed.Url);
        feed.Publish(FeedItems.Result(1));
        feed.FailNext(FeedFault.Unavailable, times: 2);

        var report = await host.PollAsync();

        Assert.True(report.Succeeded, report.Error?.English);
        Assert.Equal(1, report.Created);
        Assert.Equal(3, feed.Requests.Count);
        Assert.Equal("Closed", host.Status().Circuit);
    }

    [Fact]
    public async Task A_stall_is_cut_off_by_the_attempt_timeout_and_retried()
    {
        await using var feed = await FakeFeedServer.StartAsync();
        using var host = new ResultsHostFactory(feed.Url, new Dictionary<string, string?> { ["Huli:FeedPolicy:AttemptTimeout"] = "00:00:00.300" });
        feed.Publish(FeedItems.Result(1));
        feed.FailNext(FeedFault.Stalled);

        var report = await host.PollAsync();

        Assert.True(report.Succeeded, report.Error?.English);
        Assert.Equal(1, report.Created);
        Assert.Equal(2, feed.Requests.Count);
    }

    [Fact]
    public async Task A_feed_that_keeps_stalling_fails_the_poll_without_hanging()
    {
        await using var feed = await FakeFeedServer.StartAsync();
        using var host = new ResultsHostFactory(feed.Url, new Dictionary<string, string?>
        {
            ["Huli:FeedPolicy:AttemptTimeout"] = "00:00:00.300",
            ["Huli:FeedPolicy:MaxRetryAttempts"] = "1",
        });
        feed.Publish(FeedItems.Result(1));
        feed.FailAlways(FeedFault.Stalled);

        var report = await host.PollAsync();

        Assert.False(report.Succeeded);
        Assert.Contains("did not answer", report.Error?.English);
        Assert.Equal(2, feed.Requests.Count);
        Assert.Empty(await host.ListedExternalIdsAsync());
        Assert.Equal(report.Error?.English, host.Status().LastError);

        feed.FailAlways(null);
        var recovered = await host.PollAsync();

        Assert.True(recovered.Succeeded, recovered.Error?.English);
        Assert.Equal(["FEED-1"], await host.ListedExternalIdsAsync());
    }

    [Fact]
    public async Task Repeated_failures_open_the_circuit_and_the_feed_is_left_alone()
    {
        await using var feed = await FakeFeedServer.StartAsync();
        using var host = new ResultsHostFactory(feed.Url);
        feed.Publish(FeedItems.Result(1));
        feed.FailAlways(FeedFault.Unavailable);

        var failed = await host.PollAsync();

        Assert.False(failed.Succeeded);
        Assert.Contains("503", failed.Error?.English);
        // One attempt and three retries. More would mean a second policy (the service defaults' standard
        // resilience handler) still sits on the feed client and multiplies the requests.
        Assert.Equal(4, feed.Requests.Count);
        Assert.Equal("Open", host.Status().Circuit);

        feed.FailAlways(null);
        var during = await host.PollAsync();

        Assert.False(during.Succeeded);
        Assert.Contains("Circuit open", during.Error?.English);
        Assert.Equal(4, feed.Requests.Count);
        Assert.Empty(await host.ListedExternalIdsAsync());
    }

    [Fact]
    public async Task After_the_break_the_feed_is_tried_again()
    {
        await using var feed = await FakeFeedServer.StartAsync();
        using var host = new ResultsHostFactory(feed.Url, new Dictionary<string, string?> { ["Huli:FeedPolicy:BreakDuration"] = "00:00:01" });
        feed.Publish(FeedItems.Result(1));
        feed.FailAlways(FeedFault.Unavailable);
        Assert.False((await host.PollAsync()).Succeeded);
        Assert.Equal("Open", host.Status().Circuit);

        feed.FailAlways(null);
        await Eventually.TrueAsync(async () => (await host.PollAsync()).Succeeded, "a poll after the break", seconds: 30);

        Assert.Equal(["FEED-1"], await host.ListedExternalIdsAsync());
        Assert.Equal("Closed", host.Status().Circuit);
    }

    [Fact]
    public async Task A_refused_request_is_not_retried_and_keeps_the_cursor()
    {
        await using var feed = await FakeFeedServer.StartAsync();
        using var host = new ResultsHostFactory(feed.Url);
        feed.Publish(FeedItems.Result(1));
        feed.FailNext(new FeedFault(Status: 401));

        var refused = await host.PollAsync();

        Assert.False(refused.Succeeded);
        Assert.Contains("401", refused.Error?.English);
        Assert.Single(feed.Requests);
        Assert.False(File.Exists(host.CursorFile));

        var next = await host.PollAsync();

        Assert.True(next.Succeeded, next.Error?.English);
        Assert.Null(feed.Requests[1].Since);
        Assert.Equal(["FEED-1"], await host.ListedExternalIdsAsync());
    }

    public static TheoryData<string, string> Garbage => new()
    {
        { "<!DOCTYPE html><html><body>维护中</body></html>", "text/html" },
        { """{"items":[{"externalId":"FEED-3","title":"截断""", "application/json" },
        { """{"items":[1,"two"],"next":"4","hasMore":false}""", "application/json" },
        { """{"next":"4","hasMore":false}""", "application/json" },
        { """[{"externalId":"FEED-3"}]""", "application/json" },
        { """{"items":[],"next":{"at":4},"hasMore":false}""", "application/json" },
        { """{"items":[],"next":"2","hasMore":true}""", "application/json" },
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task A_garbage_page_lists_nothing_keeps_the_cursor_and_is_not_retried(string body, string contentType)
    {
        await using var feed = await FakeFeedServer.StartAsync();
        using var host = new ResultsHostFactory(feed.Url);
        feed.Publish(FeedItems.Result(1), FeedItems.Result(2));
        Assert.True((await host.PollAsync()).Succeeded);
        var cursorFile = await File.ReadAllTextAsync(host.CursorFile);
        feed.Publish(FeedItems.Result(3), FeedItems.Result(4));
        feed.FailNext(FeedFault.Garbage(body, contentType));
        var asked = feed.Requests.Count;

        var report = await host.PollAsync();

        Assert.False(report.Succeeded);
        Assert.StartsWith("Page rejected", report.Error?.English);
        Assert.Equal(asked + 1, feed.Requests.Count);
        Assert.Equal(["FEED-1", "FEED-2"], await host.ListedExternalIdsAsync());
        Assert.Equal(cursorFile, await File.ReadAllTextAsync(host.CursorFile));
        Assert.Equal(report.Error?.English, host.Status().LastError);
        Assert.Equal("Closed", host.Status().Circuit);

        var next = await host.PollAsync();

        Assert.True(next.Succeeded, next.Error?.English);
        Assert.Equal("2", feed.Requests[asked + 1].Since);
        Assert.Equal(["FEED-1", "FEED-2", "FEED-3", "FEED-4"], await host.ListedExternalIdsAsync());
    }

    [Fact]
    public async Task The_feeds_status_tells_coordinators_what_went_wrong_in_their_language()
    {
        await using var feed = await FakeFeedServer.StartAsync();
        using var host = new ResultsHostFactory(feed.Url);
        feed.Publish(FeedItems.Result(1), new { externalId = "FEED-2", title = "技术成熟度写错的成果", @abstract = "trl 超出范围。", fields = new[] { "new-materials" }, trl = 12 });
        Assert.True((await host.PollAsync()).Succeeded);
        feed.FailNext(FeedFault.Garbage("""{"next":"4","hasMore":false}""", "application/json"));
        Assert.False((await host.PollAsync()).Succeeded);

        async Task<JsonElement> StatusIn(string language)
        {
            var response = await host.ClientFor("coordinator").AskingFor(language).GetAsync("/api/results/feeds");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single();
        }

        var chinese = await StatusIn(Languages.Chinese);
        Assert.Equal("该页被拒收，游标保持不变：该页没有 \"items\" 数组。", chinese.GetProperty("lastError").GetString());
        Assert.StartsWith("自游标", chinese.GetProperty("lastItemError").GetString());
        Assert.Contains("trl：", chinese.GetProperty("lastItemError").GetString());
        var english = await StatusIn(Languages.English);
        Assert.Equal("Page rejected, cursor kept: The page has no \"items\" array.", english.GetProperty("lastError").GetString());
        Assert.StartsWith("Item 2 of the page", english.GetProperty("lastItemError").GetString());
    }

    [Fact]
    public async Task An_invalid_item_is_skipped_and_counted_while_the_others_are_listed()
    {
        await using var feed = await FakeFeedServer.StartAsync();
        using var host = new ResultsHostFactory(feed.Url);
        feed.Publish(
            FeedItems.Result(1),
            FeedItems.WithoutTitle(2),
            FeedItems.Result(3),
            new { title = "没有外部编号的成果", @abstract = "缺少 externalId 的条目无法幂等地重复读取。", fields = new[] { "new-materials" } },
            new { externalId = "FEED-5", title = "技术成熟度写错的成果", @abstract = "trl 不是数字。", fields = new[] { "new-materials" }, trl = "seven" },
            FeedItems.Result(6));

        var report = await host.PollAsync();

        Assert.True(report.Succeeded, report.Error?.English);
        Assert.Equal((3, 3), (report.Created, report.Rejected));
        Assert.Equal(["FEED-1", "FEED-3", "FEED-6"], await host.ListedExternalIdsAsync());
        var status = host.Status();
        Assert.Equal((3, 3), (status.ItemsListed, status.ItemsRejected));
        Assert.Contains("trl", status.LastItemError);
        Assert.Equal("6", status.Cursor);
        Assert.Null(status.LastError);
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Results.Tests;

public sealed class FeedPagingTests
{
    [Fact]
    public async Task Reads_the_feed_page_by_page_then_only_what_is_new()
    {
        await using var feed = await FakeFeedServer.StartAsync();
        using var host = new ResultsHostFactory(feed.Url);
        feed.Publish(FeedItems.Result(1), FeedItems.Result(2), FeedItems.Result(3));

        var first = await host.PollAsync();

        Assert.True(first.Succeeded, first.Error?.English);
        Assert.Equal((2, 3), (first.Pages, first.Created));
        Assert.Equal([null, "2"], feed.Requests.Select(r => r.Since));
        Assert.All(feed.Requests, r => Assert.Equal($"Bearer {FakeFeedServer.ApiKey}", r.Authorization));
        Assert.All(feed.Requests, r => Assert.Equal(2, r.Limit));
        Assert.Equal(["FEED-1", "FEED-2", "FEED-3"], await host.ListedExternalIdsAsync());
        Assert.Equal("3", host.Status().Cursor);
        Assert.Contains("\"3\"", await File.ReadAllTextAsync(host.CursorFile));

        feed.Publish(FeedItems.Result(4));
        var second = await host.PollAsync();

        Assert.True(second.Succeeded, second.Error?.English);
        Assert.Equal("3", feed.Requests[2].Since);
        Assert.Equal((1, 0), (second.Created, second.Unchanged));
        Assert.Equal(["FEED-1", "FEED-2", "FEED-3", "FEED-4"], await host.ListedExternalIdsAsync());

        var quiet = await host.PollAsync();

        Assert.True(quiet.Succeeded, quiet.Error?.English);
        Assert.Equal("4", feed.Requests[^1].Since);
        Assert.Equal((0, 0, 0), (quiet.Created, quiet.Updated, quiet.Unchanged));
        Assert.Equal(4, host.Status().ItemsListed);
    }

    [Fact]
    public async Task Listed_results_are_searchable_and_published()
    {
        await using var feed = await FakeFeedServer.StartAsync();
        using var host = new ResultsHostFactory(feed.Url);
        feed.Publish(FeedItems.Result(1), FeedItems.Result(2));

        var report = await host.PollAsync();

        Assert.True(report.Succeeded, report.Error?.English);
        var found = await host.ClientFor("enterprise").GetFromJsonAsync<JsonObject>("/api/results?q=石墨烯导热塑料");
        var hit = Assert.Single(found!["hits"]!.AsArray(), h => (string?)h!["title"] == FeedItems.Title(1));
        Assert.Equal(ResultsHostFactory.Institute, (string?)hit!["institute"]);
        Assert.True(await host.Harness.EventuallyPublished<ResultPublished>(
            m => m.Title == FeedItems.Title(2) && m.Institute == ResultsHostFactory.Institute));
    }

    [Fact]
    public async Task A_restart_resumes_from_the_saved_cursor()
    {
        await using var feed = await FakeFeedServer.StartAsync();
        var dataPath = Path.Combine(Path.GetTempPath(), "huli-tests", Guid.NewGuid().ToString("N"));
        try
        {
            feed.Publish(FeedItems.Result(1), FeedItems.Result(2), FeedItems.Result(3));
            using (var before = new ResultsHostFactory(feed.Url, dataPath: dataPath))
            {
                Assert.True((await before.PollAsync()).Succeeded);
            }

            feed.Publish(FeedItems.Result(4));
            var asked = feed.Requests.Count;
            using var after = new ResultsHostFactory(feed.Url, dataPath: dataPath);
            var report = await after.PollAsync();

            Assert.True(report.Succeeded, report.Error?.English);
            Assert.Equal("3", feed.Requests[asked].Since);
            Assert.Equal((1, 0), (report.Created, report.Unchanged));
            Assert.Equal(["FEED-1", "FEED-2", "FEED-3", "FEED-4"], await after.ListedExternalIdsAsync());
        }
        finally
        {
            DeleteQuietly(dataPath);
        }
    }

    [Fact]
    public async Task The_background_service_polls_on_the_interval()
    {
        await using var feed = await FakeFeedServer.StartAsync();
        using var host = new ResultsHostFactory(feed.Url, new Dictionary<string, string?>
        {
            ["Huli:FeedPolicy:PollInBackground"] = "true",
            ["Huli:Feeds:0:PollInterval"] = "00:00:00.200",
        });
        feed.Publish(FeedItems.Result(1));
        _ = host.Services;

        await Eventually.TrueAsync(async () => (await host.ListedExternalIdsAsync()).Contains("FEED-1"), "the first background poll");
        feed.Publish(FeedItems.Result(2));
        await Eventually.TrueAsync(async () => (await host.ListedExternalIdsAsync()).Contains("FEED-2"), "a later background poll");

        Assert.Contains(feed.Requests, r => r.Since == "1");
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finalising handle; the temp folder is cleaned by the OS.
        }
    }
}

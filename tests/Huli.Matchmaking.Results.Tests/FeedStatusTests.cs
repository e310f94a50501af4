using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Huli.Matchmaking.Results.Tests;

public sealed class FeedStatusTests
{
    [Fact]
    public async Task The_feed_status_is_for_coordinators_only()
    {
        await using var feed = await FakeFeedServer.StartAsync();
        using var host = new ResultsHostFactory(feed.Url);
        feed.Publish(FeedItems.Result(1), FeedItems.WithoutTitle(2));
        Assert.True((await host.PollAsync()).Succeeded);

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync("/api/results/feeds")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.ClientFor("institute").GetAsync("/api/results/feeds")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.ClientFor("enterprise").GetAsync("/api/results/feeds")).StatusCode);

        var feeds = await host.ClientFor("coordinator").GetFromJsonAsync<JsonArray>("/api/results/feeds");
        var status = Assert.Single(feeds!)!;
        Assert.Equal(ResultsHostFactory.FeedName, (string?)status["name"]);
        Assert.Equal("2", (string?)status["cursor"]);
        Assert.Equal(1, (long?)status["itemsListed"]);
        Assert.Equal(1, (long?)status["itemsRejected"]);
        Assert.Equal("Closed", (string?)status["circuit"]);
        Assert.NotNull((string?)status["lastSuccessAt"]);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://results.example.edu.cn/feed")]
    [InlineData("/feed")]
    public void A_feed_with_a_bad_url_stops_the_service_at_start(string url)
    {
        using var host = new ResultsHostFactory(url);

        var error = Assert.ThrowsAny<Exception>(() => host.Services);

        var invalid = Assert.IsType<OptionsValidationException>(Unwrap(error));
        Assert.Contains($"Huli:Feeds:0:Url '{url}'", invalid.Message);
        Assert.Contains("not an absolute http or https URL", invalid.Message);
    }

    private static Exception Unwrap(Exception error) =>
        error is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : error;
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Huli.Matchmaking.ServiceDefaults.Hosting;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Huli.Matchmaking.Testing;
using Microsoft.Extensions.Hosting;
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
    public async Task A_feed_with_a_bad_url_stops_the_service_at_start(string url)
    {
        // The service as its process composes it, on a plain host: a web host that fails to start races its
        // own disposal in WebApplicationFactory and now and then reports that instead of the cause.
        var dataPath = Path.Combine(Path.GetTempPath(), "huli-tests", Guid.NewGuid().ToString("N"));
        var builder = Host.CreateApplicationBuilder(
        [
            "--Huli:Profile=embedded", $"--Huli:DataPath={dataPath}",
            $"--Huli:Feeds:0:Name={ResultsHostFactory.FeedName}", $"--Huli:Feeds:0:Url={url}",
            $"--Huli:Feeds:0:Institute={ResultsHostFactory.Institute}", "--Huli:FeedPolicy:PollInBackground=false",
        ]);
        builder.AddServiceDefaults();
        builder.AddResultsService();
        builder.AddMessageBus();
        using var host = builder.Build();

        var invalid = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains($"Huli:Feeds:0:Url '{url}'", invalid.Message);
        Assert.Contains("not an absolute http or https URL", invalid.Message);
        TemporaryFolder.TryDelete(dataPath);
    }
}

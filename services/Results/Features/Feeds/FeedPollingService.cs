using Microsoft.Extensions.Options;

namespace Huli.Matchmaking.Results.Features.Feeds;

/// <summary>Polls every configured feed on its own interval, each in its own loop: a feed that is slow, failing
/// or waiting out a break never delays another. The first poll runs at start, so a restart catches up at once.</summary>
internal sealed class FeedPollingService(
    IOptions<FeedSettings> settings,
    IOptions<FeedPolicy> policy,
    FeedPoller poller,
    TimeProvider clock,
    ILogger<FeedPollingService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!policy.Value.PollInBackground || settings.Value.Feeds.Count == 0)
        {
            return Task.CompletedTask;
        }

        return Task.WhenAll(settings.Value.Feeds.Select(feed => Task.Run(() => RunAsync(feed, stoppingToken), stoppingToken)));
    }

    private async Task RunAsync(FeedOptions feed, CancellationToken stoppingToken)
    {
        logger.LogInformation("Polling feed {Feed} ({Url}) every {Interval}.", feed.Name, feed.Url, feed.PollInterval);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await poller.PollAsync(feed.Name, stoppingToken);
                await Task.Delay(feed.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}

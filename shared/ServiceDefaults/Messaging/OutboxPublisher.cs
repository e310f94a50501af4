using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Huli.Matchmaking.ServiceDefaults.Messaging;

/// <summary>Publishes a service's outbox in order. A message is marked published only after the bus took it,
/// so delivery is at least once; consumers are idempotent for that reason.</summary>
internal sealed partial class OutboxPublisher<TContext>(
    IServiceScopeFactory scopes,
    IBusControl bus,
    OutboxSignal<TContext> signal,
    OutboxReplay replay,
    TimeProvider clock,
    ILogger<OutboxPublisher<TContext>> logger) : BackgroundService
    where TContext : DbContext, IHasOutbox
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan BusStartLimit = TimeSpan.FromMinutes(1);
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await BusReadyAsync(stoppingToken))
        {
            return;
        }

        await ReplayAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await PublishBatchAsync(stoppingToken) == BatchSize)
                {
                    continue;
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The broker or the database is away; the messages stay in the outbox for the next round.
                LogPublishFailed(logger, ex);
            }

            try
            {
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Waits until the bus has started and bound its consumers' queues. This publisher starts with the
    /// host, before the bus, and an event published before the queues are bound reaches none of them: on the
    /// in-memory bus it is gone, replayed messages included, which exist for the very consumers that missed them.
    /// A bus still not healthy after <see cref="BusStartLimit"/> (a broker away) gets the messages anyway, and a
    /// failed publication is retried as always. False when the host stops meanwhile.</summary>
    private async Task<bool> BusReadyAsync(CancellationToken stoppingToken)
    {
        // Real time, not the service's clock: tests run services on a clock they move by hand.
        var waiting = Stopwatch.StartNew();
        while (bus.CheckHealth().Status != BusHealthStatus.Healthy)
        {
            if (waiting.Elapsed >= BusStartLimit)
            {
                LogBusNotReady(logger, typeof(TContext).Name, BusStartLimit);
                return true;
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        return true;
    }

    private async Task ReplayAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var replayed = await replay.MarkForReplayAsync(scope.ServiceProvider.GetRequiredService<TContext>(), cancellationToken);
            if (replayed > 0)
            {
                LogReplaying(logger, replayed, typeof(TContext).Name, replay.Window);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Publishing what is still unpublished matters more; the replay is tried again at the next start.
            LogReplayFailed(logger, ex);
        }
    }

    private async Task<int> PublishBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var batch = await db.Outbox
            .Where(m => m.PublishedAt == null)
            .OrderBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var published = new List<long>(batch.Count);
        OutboxMessage? failing = null;
        try
        {
            foreach (var message in batch)
            {
                failing = message;
                var type = Type.GetType(message.MessageType, throwOnError: true)!;
                var body = JsonSerializer.Deserialize(message.Body, type, OutboxJson.Options)!;
                await bus.Publish(body, type, cancellationToken);
                published.Add(message.Id);
            }

            failing = null;
        }
        finally
        {
            // One statement for the batch, not one UPDATE per message: what the bus took is marked even when a
            // later message failed, and a crash before this line only means those messages go out again.
            var now = clock.GetUtcNow();
            await db.Outbox
                .Where(m => published.Contains(m.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.PublishedAt, now).SetProperty(m => m.Attempts, m => m.Attempts + 1), CancellationToken.None);
            if (failing is not null)
            {
                failing.Attempts++;
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }

        return batch.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sending {Count} messages of {Outbox} again, published in the last {Window} before the process stopped: the in-memory bus may have lost them")]
    private static partial void LogReplaying(ILogger logger, int count, string outbox, TimeSpan window);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bus was not healthy {Limit} after the start; publishing {Outbox} anyway, and retrying what fails")]
    private static partial void LogBusNotReady(ILogger logger, string outbox, TimeSpan limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Marking recent outbox messages for replay failed")]
    private static partial void LogReplayFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing the outbox failed; will retry")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception);
}

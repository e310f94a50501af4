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
    IBus bus,
    OutboxSignal<TContext> signal,
    OutboxReplay replay,
    TimeProvider clock,
    ILogger<OutboxPublisher<TContext>> logger) : BackgroundService
    where TContext : DbContext, IHasOutbox
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Marking recent outbox messages for replay failed")]
    private static partial void LogReplayFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing the outbox failed; will retry")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception);
}

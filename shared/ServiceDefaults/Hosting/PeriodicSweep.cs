using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Huli.Matchmaking.ServiceDefaults.Hosting;

/// <summary>A periodic check over a service's records: once at start (a service that was down past a limit
/// catches up at once), then every <paramref name="interval"/>, each round in a scope of its own. A periodic
/// check rather than the broker's delayed messages, so a limit changed in configuration applies to records
/// already waiting. A failed round (the database away, a record changed under it) is logged and simply done
/// again next time.</summary>
public abstract partial class PeriodicSweep(IServiceScopeFactory scopes, TimeSpan interval, TimeProvider clock, ILogger logger)
    : BackgroundService
{
    /// <summary>What the sweep does, for the log: "the need expiry sweep".</summary>
    protected abstract string Name { get; }

    /// <summary>One round; answers how many records it changed.</summary>
    protected abstract Task<int> SweepAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Logs a round that changed something.</summary>
    protected abstract void Swept(int count);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            do
            {
                await RoundAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task RoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await SweepAsync(scope.ServiceProvider, stoppingToken) is > 0 and var count)
            {
                Swept(count);
            }
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            LogRoundFailed(logger, exception, Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Sweep} failed; the next round tries again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception, string sweep);
}

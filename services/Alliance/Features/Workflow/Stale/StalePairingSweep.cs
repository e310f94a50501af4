using Microsoft.Extensions.Options;
using AllianceMediator = Huli.Matchmaking.Alliance.Mediation.Mediator;

namespace Huli.Matchmaking.Alliance.Features.Workflow.Stale;

/// <summary>Looks for stale pairings once at start (a service that was down past a limit catches up at once)
/// and then every <see cref="StaleOptions.SweepInterval"/>: a periodic check, not the broker's delayed
/// messages, so a limit changed in configuration applies to pairings already waiting. A failed sweep (the
/// database away, a pairing moved under it) is logged and simply done again next time.</summary>
internal sealed partial class StalePairingSweep(
    IServiceScopeFactory scopes,
    IOptions<StaleOptions> options,
    TimeProvider clock,
    ILogger<StalePairingSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        try
        {
            do
            {
                await SweepAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var flagged = await scope.ServiceProvider.GetRequiredService<AllianceMediator>().Send(new FlagStalePairings(), stoppingToken);
            if (flagged > 0)
            {
                LogFlagged(logger, flagged);
            }
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            LogSweepFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Flagged {Count} pairings that overstayed their state's limit")]
    private static partial void LogFlagged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The stale pairing sweep failed; the next one tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}

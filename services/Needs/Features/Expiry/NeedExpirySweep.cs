using Microsoft.Extensions.Options;
using NeedsMediator = Huli.Matchmaking.Needs.Mediation.Mediator;

namespace Huli.Matchmaking.Needs.Features.Expiry;

/// <summary>Sweeps for lapsed needs once at start (a service that was down over a deadline catches up at once)
/// and then every <see cref="NeedExpiryOptions.ExpirySweep"/>. A failed sweep (the database away, a need changed
/// under it) is logged and simply done again next time.</summary>
internal sealed partial class NeedExpirySweep(
    IServiceScopeFactory scopes,
    IOptions<NeedExpiryOptions> options,
    TimeProvider clock,
    ILogger<NeedExpirySweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await SweepAsync(stoppingToken);
            try
            {
                await Task.Delay(options.Value.ExpirySweep, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var expired = await scope.ServiceProvider.GetRequiredService<NeedsMediator>().Send(new ExpireNeeds(), stoppingToken);
            if (expired > 0)
            {
                LogExpired(logger, expired);
            }
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            LogSweepFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expired {Count} needs whose deadline had passed")]
    private static partial void LogExpired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The need expiry sweep failed; the next one tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}

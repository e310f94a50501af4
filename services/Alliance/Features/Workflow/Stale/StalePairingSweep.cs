using Huli.Matchmaking.ServiceDefaults.Hosting;
using Microsoft.Extensions.Options;
using AllianceMediator = Huli.Matchmaking.Alliance.Mediation.Mediator;

namespace Huli.Matchmaking.Alliance.Features.Workflow.Stale;

/// <summary>Flags the pairings that overstayed their state's limit, every <see cref="StaleOptions.SweepInterval"/>.</summary>
internal sealed partial class StalePairingSweep(
    IServiceScopeFactory scopes,
    IOptions<StaleOptions> options,
    TimeProvider clock,
    ILogger<StalePairingSweep> logger) : PeriodicSweep(scopes, options.Value.SweepInterval, clock, logger)
{
    protected override string Name => "The stale pairing sweep";

    protected override Task<int> SweepAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<AllianceMediator>().Send(new FlagStalePairings(), cancellationToken).AsTask();

    protected override void Swept(int count) => LogFlagged(logger, count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Flagged {Count} pairings that overstayed their state's limit")]
    private static partial void LogFlagged(ILogger logger, int count);
}

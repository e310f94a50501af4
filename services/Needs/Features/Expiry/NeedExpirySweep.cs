using Huli.Matchmaking.ServiceDefaults.Hosting;
using Microsoft.Extensions.Options;
using NeedsMediator = Huli.Matchmaking.Needs.Mediation.Mediator;

namespace Huli.Matchmaking.Needs.Features.Expiry;

/// <summary>Expires the needs whose deadline or validity has passed, every <see cref="NeedExpiryOptions.ExpirySweep"/>.</summary>
internal sealed partial class NeedExpirySweep(
    IServiceScopeFactory scopes,
    IOptions<NeedExpiryOptions> options,
    TimeProvider clock,
    ILogger<NeedExpirySweep> logger) : PeriodicSweep(scopes, options.Value.ExpirySweep, clock, logger)
{
    protected override string Name => "The need expiry sweep";

    protected override Task<int> SweepAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<NeedsMediator>().Send(new ExpireNeeds(), cancellationToken).AsTask();

    protected override void Swept(int count) => LogExpired(logger, count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Expired {Count} needs whose deadline had passed")]
    private static partial void LogExpired(ILogger logger, int count);
}

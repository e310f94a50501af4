using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Huli.Matchmaking.Testing;

/// <summary>Waits on the MassTransit test harness that stay honest on a loaded machine. The harness's own
/// <c>Any</c> gives up at its first quiet spell and from then on answers at once from what it has; a slow
/// consumer (jieba loading, a busy CI core) must not turn that into a false "not published".</summary>
public static class HarnessWaits
{
    /// <summary>Starts a test host (reading its services does) and waits until its bus has bound its consumers'
    /// queues: the host reports itself started before then, and a message a test publishes in between reaches no
    /// consumer. Tests once called the harness's <c>Start</c> for this; on a started host that starts every hosted
    /// service a second time, and two loops of one outbox publisher then send the same event twice.</summary>
    public static async Task BusReadyAsync(this IServiceProvider services)
    {
        var status = await services.GetRequiredService<IBusControl>()
            .WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(Eventually.LimitSeconds));
        if (status != BusHealthStatus.Healthy)
        {
            throw new TimeoutException($"The test host's bus was still {status} after {Eventually.LimitSeconds} s.");
        }
    }

    public static Task<bool> EventuallyPublished<T>(this ITestHarness harness, Func<T, bool> isIt)
        where T : class =>
        Eventually.HoldsAsync(() => harness.Published.Any<T>(m => isIt(m.Context.Message)));

    public static Task<bool> EventuallyConsumed<T>(this ITestHarness harness, Func<T, bool> isIt)
        where T : class =>
        Eventually.HoldsAsync(() => harness.Consumed.Any<T>(m => isIt(m.Context.Message)));
}

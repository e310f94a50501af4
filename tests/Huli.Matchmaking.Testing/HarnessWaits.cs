using MassTransit.Testing;

namespace Huli.Matchmaking.Testing;

/// <summary>Waits on the MassTransit test harness that stay honest on a loaded machine. The harness's own
/// <c>Any</c> gives up at its first quiet spell and from then on answers at once from what it has; a slow
/// consumer (jieba loading, a busy CI core) must not turn that into a false "not published".</summary>
public static class HarnessWaits
{
    public static Task<bool> EventuallyPublished<T>(this ITestHarness harness, Func<T, bool> isIt)
        where T : class =>
        Eventually.HoldsAsync(() => harness.Published.Any<T>(m => isIt(m.Context.Message)));

    public static Task<bool> EventuallyConsumed<T>(this ITestHarness harness, Func<T, bool> isIt)
        where T : class =>
        Eventually.HoldsAsync(() => harness.Consumed.Any<T>(m => isIt(m.Context.Message)));
}

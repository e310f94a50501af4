using MassTransit.Testing;

namespace Huli.Matchmaking.Testing;

/// <summary>Waits on the MassTransit test harness that stay honest on a loaded machine. The harness's own
/// <c>Any</c> gives up at its first quiet spell and from then on answers at once from what it has; a slow
/// consumer (jieba loading, a busy CI core) must not turn that into a false "not published".</summary>
public static class HarnessWaits
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static Task<bool> EventuallyPublished<T>(this ITestHarness harness, Func<T, bool> isIt)
        where T : class =>
        Poll(() => harness.Published.Any<T>(m => isIt(m.Context.Message)));

    public static Task<bool> EventuallyConsumed<T>(this ITestHarness harness, Func<T, bool> isIt)
        where T : class =>
        Poll(() => harness.Consumed.Any<T>(m => isIt(m.Context.Message)));

    private static async Task<bool> Poll(Func<Task<bool>> look)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (true)
        {
            if (await look())
            {
                return true;
            }

            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }
    }
}

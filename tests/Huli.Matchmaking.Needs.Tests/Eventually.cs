namespace Huli.Matchmaking.Needs.Tests;

/// <summary>Waits for a condition of an asynchronous flow (the sweep, the outbox, the index). Not a timing
/// assertion: the limit is generous and only bounds a broken run.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {what}.");
            }

            await Task.Delay(100);
        }
    }
}

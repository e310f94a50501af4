namespace Huli.Matchmaking.Results.Tests;

/// <summary>Waits for something asynchronous (a background poll, a circuit's break) to come true. Not a timing
/// assertion: the limit is generous and only bounds a broken run.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> probe, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await probe())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {what}.");
            }

            await Task.Delay(100);
        }
    }
}

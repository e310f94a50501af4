namespace Huli.Matchmaking.Services.Tests;

/// <summary>Waits for an asynchronous flow (outbox, bus, consumers) to reach a state. Not a timing assertion:
/// the limit is generous and only bounds a broken run.</summary>
internal static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, string what, int seconds = 60)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await probe();
            if (value is not null)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {what}.");
            }

            await Task.Delay(100);
        }
    }
}

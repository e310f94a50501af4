namespace Huli.Matchmaking.Testing;

/// <summary>Waits for an asynchronous flow (outbox, bus, consumers, a background sweep or poll, the index) to
/// reach a state. Not a timing assertion: the limit is generous and only bounds a broken run.</summary>
public static class Eventually
{
    public const int LimitSeconds = 60;

    /// <summary>True as soon as the condition holds; false once the limit has passed without it.</summary>
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, int seconds = LimitSeconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }

    public static async Task TrueAsync(Func<Task<bool>> condition, string what, int seconds = LimitSeconds)
    {
        if (!await HoldsAsync(condition, seconds))
        {
            throw new TimeoutException($"Gave up waiting for {what}.");
        }
    }

    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, string what, int seconds = LimitSeconds)
        where T : class
    {
        T? value = null;
        await TrueAsync(async () => (value = await probe()) is not null, what, seconds);
        return value!;
    }
}

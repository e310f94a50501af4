namespace Huli.Matchmaking.Host.Demo;

internal static class LifetimeExtensions
{
    /// <summary>Waits until the host has started (database created, bus running); false if it stops first.</summary>
    public static async Task<bool> WaitForStartAsync(this IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            return true;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}

namespace Huli.Matchmaking.ServiceDefaults.Messaging;

/// <summary>Wakes a service's outbox publisher as soon as something was saved, instead of waiting for its next
/// poll.</summary>
public sealed class OutboxSignal<TContext>
{
    private readonly SemaphoreSlim pending = new(0, 1);

    public void Notify()
    {
        if (pending.CurrentCount == 0)
        {
            try
            {
                pending.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another writer signalled first; one wake-up covers both.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        pending.WaitAsync(timeout, cancellationToken);
}

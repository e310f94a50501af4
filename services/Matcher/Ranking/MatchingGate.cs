namespace Huli.Matchmaking.Matcher.Ranking;

/// <summary>Lets one matching job at a time change rankings in this process. Events about the same need can
/// arrive together on different queues; taking turns keeps every ranking revision built on the last one.</summary>
public sealed class MatchingGate
{
    private readonly SemaphoreSlim turn = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        return new Exit(turn);
    }

    private sealed class Exit(SemaphoreSlim turn) : IDisposable
    {
        public void Dispose() => turn.Release();
    }
}

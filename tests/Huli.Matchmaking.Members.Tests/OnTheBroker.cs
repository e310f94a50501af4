namespace Huli.Matchmaking.Members.Tests;

/// <summary>A test class with the Alliance running distributed on this run's share of the real broker.</summary>
public abstract class OnTheBroker : IAsyncLifetime
{
    protected Broker Broker { get; } = new();

    protected AllianceHostFactory Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = new AllianceHostFactory(Broker.AllianceSettings);
        _ = Host.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Broker.DisposeAsync();
    }
}

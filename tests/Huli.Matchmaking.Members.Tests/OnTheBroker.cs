namespace Huli.Matchmaking.Members.Tests;

/// <summary>A test class with the Alliance running distributed on this run's share of the real broker.</summary>
public abstract class OnTheBroker : IAsyncLifetime
{
    protected Broker Broker { get; private set; } = null!;

    protected AllianceHostFactory Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Broker = await Broker.StartAsync();
        Host = new AllianceHostFactory(Broker.AllianceSettings);

        // The host is up before its bus has bound its queues on the broker, and a need published before then
        // reaches no queue: a test then waited its full minute for the Alliance to record it.
        await Host.Services.BusReadyAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Broker.DisposeAsync();
    }
}

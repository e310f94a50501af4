using System.Collections.Concurrent;
using Huli.Matchmaking.Contracts;
using MassTransit;

namespace Huli.Matchmaking.EndToEnd.Tests;

/// <summary>A subscriber of the test's own, bound to the real broker like a member organisation would be: it
/// receives what the services publish, on a queue that disappears when the test ends.</summary>
internal sealed class BrokerSubscriber : IAsyncDisposable
{
    private readonly IBusControl bus;

    private BrokerSubscriber(IBusControl bus) => this.bus = bus;

    public ConcurrentQueue<PairingsRanked> Rankings { get; } = new();

    public ConcurrentQueue<PairingConfirmed> Confirmations { get; } = new();

    public static async Task<BrokerSubscriber> StartAsync(string rabbitMqUrl, string queueName)
    {
        BrokerSubscriber? subscriber = null;
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(rabbitMqUrl));
            rabbit.ReceiveEndpoint(queueName, endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Handler<PairingsRanked>(context =>
                {
                    subscriber!.Rankings.Enqueue(context.Message);
                    return Task.CompletedTask;
                });
                endpoint.Handler<PairingConfirmed>(context =>
                {
                    subscriber!.Confirmations.Enqueue(context.Message);
                    return Task.CompletedTask;
                });
            });
        });
        subscriber = new BrokerSubscriber(bus);
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return subscriber;
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync(TimeSpan.FromSeconds(30));
}

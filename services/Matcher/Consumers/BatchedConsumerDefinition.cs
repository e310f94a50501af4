using MassTransit;

namespace Huli.Matchmaking.Matcher.Consumers;

/// <summary>Gathers a consumer's messages into batches of up to <c>batchSize</c>, or whatever arrived within
/// <c>wait</c> of the first, one batch at a time: batches take turns at the matching gate anyway.</summary>
public abstract class BatchedConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private readonly int batchSize;
    private readonly TimeSpan wait;

    protected BatchedConsumerDefinition(int batchSize, TimeSpan wait)
    {
        this.batchSize = batchSize;
        this.wait = wait;

        // A batch can only be as large as what the endpoint has fetched; twice that lets the next batch gather
        // while one is being taken in.
        Endpoint(endpoint => endpoint.PrefetchCount = batchSize * 2);
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        consumerConfigurator.Options<BatchOptions>(options => options
            .SetMessageLimit(batchSize)
            .SetTimeLimit(wait)
            .SetConcurrencyLimit(1));
    }
}

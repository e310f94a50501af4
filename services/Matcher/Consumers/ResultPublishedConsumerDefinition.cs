using MassTransit;

namespace Huli.Matchmaking.Matcher.Consumers;

/// <summary>How results are gathered into batches: up to <see cref="BatchSize"/>, or whatever arrived within
/// <see cref="Wait"/> of the first, so a single listing is ranked at once and a file in large steps (each batch is
/// one Lucene commit, and small segments cost merges later).</summary>
public sealed class ResultPublishedConsumerDefinition : ConsumerDefinition<ResultPublishedConsumer>
{
    public const int BatchSize = 1000;

    public static readonly TimeSpan Wait = TimeSpan.FromMilliseconds(100);

    public ResultPublishedConsumerDefinition()
    {
        // A batch can only be as large as what the endpoint has fetched.
        Endpoint(endpoint => endpoint.PrefetchCount = BatchSize * 2);
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ResultPublishedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        // One batch at a time: batches take turns at the matching gate anyway.
        consumerConfigurator.Options<BatchOptions>(options => options
            .SetMessageLimit(BatchSize)
            .SetTimeLimit(Wait)
            .SetConcurrencyLimit(1));
    }
}

using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Ranking;
using MassTransit;

namespace Huli.Matchmaking.Matcher.Consumers;

/// <summary>Files' results, listed together and sent as a few events each, gathered by
/// <see cref="ResultsPublishedConsumerDefinition"/> and taken in as one batch.</summary>
public sealed class ResultsPublishedConsumer(ResultIntake intake) : IConsumer<Batch<ResultsPublished>>
{
    public Task Consume(ConsumeContext<Batch<ResultsPublished>> context) =>
        intake.TakeAsync(context.Message.SelectMany(m => m.Message.Results), context.CancellationToken);
}

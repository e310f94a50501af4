using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Ranking;
using MassTransit;

namespace Huli.Matchmaking.Matcher.Consumers;

/// <summary>Results listed or changed one at a time (over the API, from a feed), gathered into batches by
/// <see cref="ResultPublishedConsumerDefinition"/> so that a burst of them is taken in at once.</summary>
public sealed class ResultPublishedConsumer(ResultIntake intake) : IConsumer<Batch<ResultPublished>>
{
    public Task Consume(ConsumeContext<Batch<ResultPublished>> context) =>
        intake.TakeAsync(context.Message.Select(m => m.Message), context.CancellationToken);
}

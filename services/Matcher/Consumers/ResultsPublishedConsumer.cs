using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Ranking;
using MassTransit;

namespace Huli.Matchmaking.Matcher.Consumers;

/// <summary>A file's results, listed together and sent as one event: taken in as one batch.</summary>
public sealed class ResultsPublishedConsumer(ResultIntake intake) : IConsumer<ResultsPublished>
{
    public Task Consume(ConsumeContext<ResultsPublished> context) =>
        intake.TakeAsync(context.Message.Results, context.CancellationToken);
}

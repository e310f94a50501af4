using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Matcher.Consumers;

/// <summary>A file's <see cref="ResultsPublished"/> events are taken in up to <see cref="BatchSize"/> at a time
/// (2,000 results, what the import stores per commit), or whatever arrived within <see cref="Wait"/> of the first:
/// each batch is one segment of the Matcher's index, and fewer, larger segments spare the index most of its work
/// (every segment writes its own term dictionary, and small ones are merged again soon after).</summary>
public sealed class ResultsPublishedConsumerDefinition()
    : BatchedConsumerDefinition<ResultsPublishedConsumer>(BatchSize, Wait)
{
    public const int BatchSize = 4;

    public static readonly TimeSpan Wait = TimeSpan.FromMilliseconds(100);
}

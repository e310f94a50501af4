using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Matcher.Consumers;

/// <summary>A file's <see cref="ResultsPublished"/> events are taken in up to <see cref="BatchSize"/> at a time
/// (4,000 results, two of the import's commits), or whatever arrived within <see cref="Wait"/> of the first: each
/// batch is one segment of the Matcher's index, one save and one re-ranking of the needs it touches, and fewer,
/// larger batches spare most of that work. At four events (one commit's worth, gathered within 100 ms) the
/// Matcher used 11 s more CPU over an import of 100,000 results (`make bench`). The wait is what a result of a
/// file can take longer to be matched; single listings come as <see cref="ResultPublished"/>, without it.</summary>
public sealed class ResultsPublishedConsumerDefinition()
    : BatchedConsumerDefinition<ResultsPublishedConsumer>(BatchSize, Wait)
{
    public const int BatchSize = 8;

    public static readonly TimeSpan Wait = TimeSpan.FromMilliseconds(1500);
}

namespace Huli.Matchmaking.Matcher.Consumers;

/// <summary>How results listed one at a time are gathered into batches: up to <see cref="BatchSize"/>, or
/// whatever arrived within <see cref="Wait"/> of the first, so a single listing is ranked at once and a burst in
/// large steps (each batch is one Lucene commit, and small segments cost merges later).</summary>
public sealed class ResultPublishedConsumerDefinition()
    : BatchedConsumerDefinition<ResultPublishedConsumer>(BatchSize, Wait)
{
    public const int BatchSize = 1000;

    public static readonly TimeSpan Wait = TimeSpan.FromMilliseconds(100);
}

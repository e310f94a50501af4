namespace Huli.Matchmaking.Evaluation;

/// <summary>
/// Which cross-validation fold each query is measured in. By default a query's fold is its position in its set
/// modulo <see cref="Count"/>, so the figures in docs/matching.md can be reproduced exactly. With a seed, the
/// queries of each set are shuffled first (folds stay the same size): with 24-25 queries a set, the figures move
/// by a query's worth between assignments, and a change worth keeping should hold up under several.
/// </summary>
public static class QueryFolds
{
    public const int Count = 5;

    public static List<(JudgedQuery Query, int Fold)> Assign(IEnumerable<JudgedQuery> queries, int? seed) =>
        [.. queries.GroupBy(q => q.Set).SelectMany(set =>
        {
            JudgedQuery[] ordered = [.. set];
            if (seed is { } value)
            {
                new Random(value).Shuffle(ordered);
            }

            return ordered.Select((q, i) => (q, i % Count));
        })];
}

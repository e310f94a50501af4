namespace Huli.Matchmaking.Search;

/// <summary>A distinct query token and how often the query says it (a need that says 电池 three times cares about
/// batteries).</summary>
internal readonly record struct QueryTerm(string Token, int Count)
{
    public static IReadOnlyList<QueryTerm> CountDistinct(IReadOnlyList<string>? tokens)
    {
        // Dictionary keeps insertion order while nothing is removed, which gives the query order.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens ?? [])
        {
            if (IndexableTokens.IsIndexable(token))
            {
                counts[token] = counts.GetValueOrDefault(token) + 1;
            }
        }

        return counts.Select(pair => new QueryTerm(pair.Key, pair.Value)).ToList();
    }
}

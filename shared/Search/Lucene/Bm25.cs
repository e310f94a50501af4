using Lucene.Net.Search.Similarities;

namespace Huli.Matchmaking.Search;

/// <summary>The one similarity for writing and searching. The writer encodes field lengths into norms with it and
/// the searcher scores with it; leaving either on Lucene's default (TF-IDF) would silently skew scores.</summary>
internal static class Bm25
{
    public static Similarity Similarity { get; } = new BM25Similarity(k1: 1.2f, b: 0.75f);
}

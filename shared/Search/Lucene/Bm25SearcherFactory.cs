using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Huli.Matchmaking.Search;

/// <summary>Gives every searcher that the SearcherManager opens after a refresh the BM25 similarity.</summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        return new IndexSearcher(reader) { Similarity = Bm25.Similarity };
    }
}

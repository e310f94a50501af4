namespace Huli.Matchmaking.Search;

/// <summary>The order of search hits. Both orders break remaining ties by document id, so that pages with
/// <see cref="SearchRequest.Skip"/> neither repeat nor miss a document.</summary>
public enum SearchSort
{
    /// <summary>Best BM25 score first.</summary>
    Relevance,

    /// <summary>Latest <see cref="SearchDocument.Date"/> first, documents without a date last, ties by
    /// relevance.</summary>
    Newest,
}

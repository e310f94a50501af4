namespace Huli.Matchmaking.Search;

/// <summary>The search index port. Lucene implements it for the embedded profile and Elasticsearch for the
/// distributed one; both get the same analysed tokens and rank them alike. Writes are visible to the next search
/// once the returned task completes, and durable.</summary>
public interface ISearchIndex
{
    Task UpsertAsync(SearchDocument document, CancellationToken cancellationToken = default);

    Task UpsertManyAsync(IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default);

    Task DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The hits ranked <c>Skip</c> to <c>Skip + Top - 1</c> in the request's sort order.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>How many documents match the request's query and filters, whatever its paging: the total for a
    /// pager. Follows the same rules as <see cref="SearchAsync"/>, so an empty query counts nothing unless the
    /// request browses newest first.</summary>
    Task<int> CountMatchesAsync(SearchRequest request, CancellationToken cancellationToken = default);

    Task<bool> ContainsAsync(string id, CancellationToken cancellationToken = default);

    Task<int> CountAsync(CancellationToken cancellationToken = default);
}

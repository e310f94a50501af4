namespace Huli.Matchmaking.Search;

/// <summary>The search index port. Lucene implements it for the embedded profile; Elasticsearch will for the
/// distributed one. Writes are visible to the next search once the returned task completes, and durable.</summary>
public interface ISearchIndex
{
    Task UpsertAsync(SearchDocument document, CancellationToken cancellationToken = default);

    Task UpsertManyAsync(IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default);

    Task DeleteAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    Task<bool> ContainsAsync(string id, CancellationToken cancellationToken = default);

    Task<int> CountAsync(CancellationToken cancellationToken = default);
}

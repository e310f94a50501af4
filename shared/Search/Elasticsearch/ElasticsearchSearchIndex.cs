using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;
using Elastic.Clients.Elasticsearch.Core.Search;
using EsCountRequest = Elastic.Clients.Elasticsearch.CountRequest;
using EsDeleteRequest = Elastic.Clients.Elasticsearch.DeleteRequest;
using EsExistsRequest = Elastic.Clients.Elasticsearch.ExistsRequest;
using EsSearchRequest = Elastic.Clients.Elasticsearch.SearchRequest;

namespace Huli.Matchmaking.Search;

/// <summary>
/// A BM25 index in one Elasticsearch index, ranking the same tokens like <see cref="LuceneSearchIndex"/>. Writes
/// wait for a refresh (<c>refresh=wait_for</c>), so the next search sees them, and Elasticsearch's translog makes
/// them durable before it answers. Every call Elasticsearch fails throws an <see cref="ElasticsearchSearchException"/>;
/// a page beyond Elasticsearch's result window throws <see cref="NotSupportedException"/> rather than coming back
/// short.
/// </summary>
/// <remarks>Open it through <see cref="ElasticsearchSearchIndexFactory"/>, which creates the index with its
/// explicit mapping.</remarks>
public sealed class ElasticsearchSearchIndex : ISearchIndex
{
    /// <summary>Elasticsearch's default index.max_result_window: from + size of one search may not exceed it.</summary>
    internal const int MaxResultWindow = 10_000;

    private static readonly SourceConfig HitSource = new SourceFilter { Includes = ElasticsearchFields.Tokens };

    private readonly ElasticsearchClient _client;
    private readonly string _indexName;

    internal ElasticsearchSearchIndex(ElasticsearchClient client, string indexName)
    {
        _client = client;
        _indexName = indexName;
    }

    public string IndexName => _indexName;

    public Task UpsertAsync(SearchDocument document, CancellationToken cancellationToken = default)
    {
        SearchDocumentGuard.Validate(document);
        return UpsertOneAsync(document, cancellationToken);
    }

    public async Task UpsertManyAsync(IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);

        // Validate the whole batch before sending any of it, as the Lucene index does.
        var batch = documents.ToList();
        batch.ForEach(SearchDocumentGuard.Validate);
        if (batch.Count == 0)
        {
            return;
        }

        var operations = new BulkOperationsCollection();
        foreach (var document in batch)
        {
            operations.Add(new BulkIndexOperation<ElasticsearchDocument>(ElasticsearchDocument.From(document)) { Id = document.Id });
        }

        var request = new BulkRequest(_indexName) { Operations = operations, Refresh = Refresh.WaitFor };
        var response = await _client.BulkAsync(request, cancellationToken).ConfigureAwait(false);

        // A bulk answer is 200 even when some documents failed: each item carries its own error, which says more
        // than the invalid response as a whole.
        var failures = response.Errors && response.Items is not null ? response.ItemsWithErrors.ToList() : [];
        if (failures.Count > 0)
        {
            throw BulkFailure(failures, batch.Count);
        }

        response.EnsureValid("index a batch of documents", _indexName);
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);

        // A missing document answers 404 with result not_found, which the client counts as valid: deleting what
        // is not there is not an error. A missing index answers 404 with an error and is one.
        var request = new EsDeleteRequest(_indexName, id) { Refresh = Refresh.WaitFor };
        var response = await _client.DeleteAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureValid($"delete document '{id}'", _indexName);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var criteria = SearchCriteria.From(request);
        if (criteria is null || request.Top <= 0)
        {
            return [];
        }

        if (request.Skip >= MaxResultWindow)
        {
            return await PageBeyondWindowAsync(request, cancellationToken).ConfigureAwait(false);
        }

        // Elasticsearch refuses from + size beyond its result window, so a large Top asks for the rest of the
        // window and counts one past it: only when more matches exist is the answer incomplete.
        var size = (int)Math.Min(request.Top, MaxResultWindow - request.Skip);
        var cut = size < request.Top;
        var search = new EsSearchRequest(_indexName)
        {
            Query = ElasticsearchQueryBuilder.Build(criteria),
            From = request.Skip,
            Size = size,
            Sort = ElasticsearchQueryBuilder.Sort(request.Sort, criteria),

            // With an explicit sort Elasticsearch leaves _score empty unless asked to keep it.
            TrackScores = criteria.IsBrowse ? null : true,
            TrackTotalHits = cut ? new TrackHits(MaxResultWindow + 1) : new TrackHits(false),
            Source = request.WithMatchedTerms ? HitSource : false,
        };

        var response = await _client.SearchAsync<ElasticsearchHitSource>(search, cancellationToken).ConfigureAwait(false);
        response.EnsureValid("search", _indexName);
        if (cut && response.Total > MaxResultWindow)
        {
            throw new NotSupportedException(
                $"The search asks for hits {request.Skip} to {(long)request.Skip + request.Top - 1}, but Elasticsearch "
                + $"returns only the first {MaxResultWindow} of the {response.Total}+ matches; ask for smaller pages.");
        }

        return response.Hits.Select(hit => ToSearchHit(hit, criteria)).ToList();
    }

    public async Task<int> CountMatchesAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var criteria = SearchCriteria.From(request);
        if (criteria is null)
        {
            return 0;
        }

        var count = new EsCountRequest(_indexName) { Query = ElasticsearchQueryBuilder.Build(criteria) };
        var response = await _client.CountAsync(count, cancellationToken).ConfigureAwait(false);
        return checked((int)response.EnsureValid("count matches", _indexName).Count);
    }

    public async Task<bool> ContainsAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var response = await _client.ExistsAsync(new EsExistsRequest(_indexName, id), cancellationToken).ConfigureAwait(false);
        return response.EnsureValid($"look up document '{id}'", _indexName).Exists;
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        var response = await _client.CountAsync(new EsCountRequest(_indexName), cancellationToken).ConfigureAwait(false);
        return checked((int)response.EnsureValid("count documents", _indexName).Count);
    }

    private async Task UpsertOneAsync(SearchDocument document, CancellationToken cancellationToken)
    {
        var request = new IndexRequest<ElasticsearchDocument>(ElasticsearchDocument.From(document), _indexName, document.Id)
        {
            Refresh = Refresh.WaitFor,
        };
        var response = await _client.IndexAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureValid($"index document '{document.Id}'", _indexName);
    }

    /// <summary>A page that starts past the result window cannot be fetched; it is only answerable when it is
    /// empty anyway.</summary>
    private async Task<IReadOnlyList<SearchHit>> PageBeyondWindowAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var matches = await CountMatchesAsync(request, cancellationToken).ConfigureAwait(false);
        if (matches <= request.Skip)
        {
            return [];
        }

        throw new NotSupportedException(
            $"The search skips {request.Skip} of {matches} matches, but Elasticsearch pages only through the first "
            + $"{MaxResultWindow}.");
    }

    private SearchHit ToSearchHit(Hit<ElasticsearchHitSource> hit, SearchCriteria criteria)
    {
        var id = hit.Id ?? throw new ElasticsearchSearchException($"Elasticsearch returned a hit without an id from index '{_indexName}'.");

        // Browsing ranks nothing, so its hits carry no relevance, as in the Lucene index.
        var score = criteria.IsBrowse
            ? 0
            : hit.Score ?? throw new ElasticsearchSearchException($"Elasticsearch returned hit '{id}' from index '{_indexName}' without a score.");
        return new SearchHit(id, score, criteria.MatchedTerms(hit.Source?.Tokens ?? []));
    }

    private ElasticsearchSearchException BulkFailure(List<ResponseItem> failures, int batchSize)
    {
        var details = failures.Take(5).Select(item => $"'{item.Id}': {item.Error?.Type}: {item.Error?.Reason}");
        return new ElasticsearchSearchException(
            $"Elasticsearch refused {failures.Count} of {batchSize} documents in index '{_indexName}': {string.Join("; ", details)}",
            errorType: failures.FirstOrDefault()?.Error?.Type);
    }
}

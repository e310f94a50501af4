using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Huli.Matchmaking.Search;

/// <summary>
/// An embedded BM25 index over one Lucene directory: one IndexWriter (thread-safe) for all writes and a
/// SearcherManager for near-real-time searchers. Every write commits before it returns, so it survives a crash,
/// and refreshes the searchers, so the next search sees it.
/// </summary>
/// <remarks>Lucene does its work synchronously and quickly; the methods run it inline and return completed tasks
/// rather than hopping to the thread pool, which would only add a context switch. Dispose once no call is in
/// flight (the factory does so at shutdown).</remarks>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private static readonly ISet<string> HitFields = new HashSet<string> { IndexFields.Id, IndexFields.DistinctTokens };

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private int _disposed;

    private LuceneSearchIndex(LuceneDirectory directory)
    {
        _directory = directory;
        try
        {
            _writer = new IndexWriter(directory, WriterConfig());

            // A first commit makes an empty folder a valid index, so readers and reopening never see "no segments".
            _writer.Commit();
            _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
        }
        catch
        {
            _writer?.Dispose();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Opens (or creates) an index in a folder. Lucene's native lock factory holds an OS lock, not the
    /// existence of write.lock, so a write.lock left by a crashed process does not block this.</summary>
    public static LuceneSearchIndex OpenFolder(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        System.IO.Directory.CreateDirectory(path);

        // Positional file reads, not FSDirectory.Open's memory mapping: Lucene.NET's mapped inputs register every
        // clone (one per postings list a query opens) in a map of weak references, and the runtime pays for those
        // at every collection. Ranking a need against 100,000 results paused the process about 12 ms per
        // collection that way, 0.6 ms with these reads (`make bench RANKING_ONLY=1`).
        return new LuceneSearchIndex(new NIOFSDirectory(path));
    }

    /// <summary>A throw-away index in memory, for tests.</summary>
    public static LuceneSearchIndex CreateInMemory() => new(new RAMDirectory());

    public Task UpsertAsync(SearchDocument document, CancellationToken cancellationToken = default)
    {
        SearchDocumentGuard.Validate(document);
        return UpsertManyAsync([document], cancellationToken);
    }

    public Task UpsertManyAsync(IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);

        // Validate and map the whole batch before touching the writer, so a bad document cannot leave half a
        // batch pending for some later commit.
        var batch = documents.ToList();
        batch.ForEach(SearchDocumentGuard.Validate);
        var mapped = batch.Select(document => (document.Id, Document: LuceneDocumentMapper.ToLucene(document))).ToList();
        if (mapped.Count == 0)
        {
            return Task.CompletedTask;
        }

        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        foreach (var (id, document) in mapped)
        {
            _writer.UpdateDocument(new Term(IndexFields.Id, id), document);
        }

        CommitAndRefresh();
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        _writer.DeleteDocuments(new Term(IndexFields.Id, id));
        CommitAndRefresh();
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();

        var criteria = SearchCriteria.From(request);
        if (criteria is null || request.Top <= 0)
        {
            return Task.FromResult<IReadOnlyList<SearchHit>>([]);
        }

        return Task.FromResult(WithSearcher(searcher =>
            Search(searcher, LuceneQueryBuilder.Build(criteria, request.Sort, searcher.IndexReader), request.Skip, request.Top, request.WithMatchedTerms)));
    }

    public Task<int> CountMatchesAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();

        var criteria = SearchCriteria.From(request);
        if (criteria is null)
        {
            return Task.FromResult(0);
        }

        return Task.FromResult(WithSearcher(searcher =>
        {
            var plan = LuceneQueryBuilder.Build(criteria, request.Sort, searcher.IndexReader);
            var counter = new TotalHitCountCollector();
            searcher.Search(plan.Query, plan.Filter, counter);
            return counter.TotalHits;
        }));
    }

    public Task<bool> ContainsAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();

        // A search, not DocFreq: DocFreq still counts deleted documents until their segment is merged.
        return Task.FromResult(WithSearcher(
            searcher => searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1).TotalHits > 0));
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        return Task.FromResult(WithSearcher(searcher => searcher.IndexReader.NumDocs));
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _searchers.Dispose();

        // Disposing the writer waits for merges, commits and releases write.lock.
        _writer.Dispose();
        _directory.Dispose();
    }

    private static IReadOnlyList<SearchHit> Search(IndexSearcher searcher, LuceneSearchPlan plan, int skip, int top, bool withMatchedTerms)
    {
        var maxDoc = searcher.IndexReader.MaxDoc;
        if (skip >= maxDoc)
        {
            return [];
        }

        // Lucene allocates its priority queue at the requested size, so never ask for more than exist.
        var size = (int)Math.Min((long)skip + top, maxDoc);
        var browsing = plan.Criteria.IsBrowse;
        var scoreDocs = plan.RanksByRelevance
            ? RelevanceTopDocs.Search(searcher, plan, size)
            : searcher.Search(plan.Query, plan.Filter, size, plan.Sort, doDocScores: !browsing, doMaxScore: false).ScoreDocs;

        var hits = new List<SearchHit>(Math.Max(0, scoreDocs.Length - skip));
        if (!withMatchedTerms)
        {
            return [.. scoreDocs.Skip(skip).Select(scoreDoc =>
                new SearchHit(IndexIds.Of(searcher.IndexReader, scoreDoc.Doc).Utf8ToString(), browsing ? 0 : scoreDoc.Score, []))];
        }

        foreach (var scoreDoc in scoreDocs.Skip(skip))
        {
            var stored = searcher.Doc(scoreDoc.Doc, HitFields);
            var matched = plan.Criteria.MatchedTerms(LuceneDocumentMapper.DistinctTokensOf(stored));

            // Browsing ranks nothing, so its hits carry no relevance.
            hits.Add(new SearchHit(stored.Get(IndexFields.Id), browsing ? 0 : scoreDoc.Score, matched));
        }

        return hits;
    }

    private static IndexWriterConfig WriterConfig()
    {
        // Every tokenised field arrives as its list of analysed tokens, which this analyser hands on as they are;
        // id and facets are not analysed.
        return new IndexWriterConfig(LuceneVersion.LUCENE_48, new TokenListAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Bm25.Similarity,

            // Wait a little for the write lock: a previous instance in a restarting process may still be closing.
            WriteLockTimeout = 2000,

            // Room for a whole import batch (2,000 results) in one segment: at the default 16 MB a batch flushed
            // as two or three small segments, each to be merged again soon after.
            RAMBufferSizeMB = 64,
            Codec = new TermBlockCodec(),
        };
    }

    private void CommitAndRefresh()
    {
        _writer.Commit();

        // Blocking, not MaybeRefresh: if another thread is refreshing right now, MaybeRefresh returns at once and
        // this write might not be visible to the caller's next search.
        _searchers.MaybeRefreshBlocking();
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> read)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private void ThrowIfDisposed()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
    }
}

namespace Huli.Matchmaking.Search.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="ISearchIndex"/> promises, run against each backend by a subclass. Each test gets
/// a new, empty index. The facts are split by topic over the partial files of this class.
/// </summary>
public abstract partial class SearchIndexContract : IAsyncLifetime
{
    private ISearchIndex? _index;

    protected ISearchIndex Index => _index ?? throw new InvalidOperationException("The index is created in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _index = await CreateEmptyIndexAsync();
    }

    public Task DisposeAsync() => RemoveIndexAsync();

    /// <summary>A new index holding no document, for one test.</summary>
    protected abstract Task<ISearchIndex> CreateEmptyIndexAsync();

    /// <summary>Releases or deletes the index of <see cref="CreateEmptyIndexAsync"/>.</summary>
    protected abstract Task RemoveIndexAsync();

    private Task<IReadOnlyList<SearchHit>> Search(string spaceSeparated, int top = 10) => Index.SearchAsync(Docs.Query(spaceSeparated, top));

    private static string[] Ids(IEnumerable<SearchHit> hits) => hits.Select(hit => hit.Id).ToArray();

    /// <summary>Hits as comparable values: SearchHit's own equality compares its term list by reference.</summary>
    private static (string Id, double Score, string MatchedTerms)[] Summaries(IEnumerable<SearchHit> hits)
    {
        return hits.Select(hit => (hit.Id, hit.Score, string.Join(' ', hit.MatchedTerms))).ToArray();
    }
}

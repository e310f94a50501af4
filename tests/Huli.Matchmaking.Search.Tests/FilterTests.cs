namespace Huli.Matchmaking.Search.Tests;

public sealed class FilterTests : IAsyncLifetime
{
    private readonly LuceneSearchIndex _index = LuceneSearchIndex.CreateInMemory();

    public Task InitializeAsync()
    {
        return _index.UpsertManyAsync(
        [
            Docs.Make("open-equipment", text: "检测", facets: Docs.Facets(("status", ["open"]), ("field", ["smart-equipment"]))),
            Docs.Make("open-energy", text: "检测", facets: Docs.Facets(("status", ["open"]), ("field", ["new-energy", "new-materials"]))),
            Docs.Make("closed-equipment", text: "检测", facets: Docs.Facets(("status", ["closed"]), ("field", ["smart-equipment"]))),
            Docs.Make("no-facets", text: "检测"),
        ]);
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Filter_keeps_only_documents_with_the_facet_value()
    {
        var hits = await Search(Docs.Facets(("status", ["open"])));

        Assert.Equal(["open-energy", "open-equipment"], hits.Select(hit => hit.Id).Order());
    }

    [Fact]
    public async Task Filter_with_several_values_accepts_any_of_them()
    {
        var hits = await Search(Docs.Facets(("field", ["new-materials", "smart-equipment"])));

        Assert.Equal(["closed-equipment", "open-energy", "open-equipment"], hits.Select(hit => hit.Id).Order());
    }

    [Fact]
    public async Task Every_filter_must_hold()
    {
        var hits = await Search(Docs.Facets(("status", ["open"]), ("field", ["smart-equipment"])));

        Assert.Equal(["open-equipment"], hits.Select(hit => hit.Id));
    }

    [Fact]
    public async Task Filter_without_values_matches_nothing()
    {
        Assert.Empty(await Search(Docs.Facets(("status", []))));
    }

    [Fact]
    public async Task Filter_on_an_unknown_key_matches_nothing()
    {
        Assert.Empty(await Search(Docs.Facets(("region", ["huli"]))));
    }

    [Fact]
    public async Task Facet_values_match_exactly()
    {
        Assert.Empty(await Search(Docs.Facets(("status", ["Open"]))));
    }

    [Fact]
    public async Task Filters_do_not_change_scores()
    {
        var unfiltered = await _index.SearchAsync(Docs.Query("检测"));
        var filtered = await Search(Docs.Facets(("status", ["open"])));

        foreach (var hit in filtered)
        {
            Assert.Equal(unfiltered.Single(other => other.Id == hit.Id).Score, hit.Score);
        }
    }

    [Fact]
    public async Task Empty_filter_set_filters_nothing()
    {
        Assert.Equal(4, (await Search(new Dictionary<string, IReadOnlyList<string>>())).Count);
    }

    private Task<IReadOnlyList<SearchHit>> Search(IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        return _index.SearchAsync(new SearchRequest(["检测"], 10, filters));
    }
}

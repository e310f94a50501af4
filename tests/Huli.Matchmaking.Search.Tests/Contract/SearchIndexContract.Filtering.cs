namespace Huli.Matchmaking.Search.Tests.Contract;

public abstract partial class SearchIndexContract
{
    private Task IndexFacetedDocumentsAsync()
    {
        return Index.UpsertManyAsync(
        [
            Docs.Make("open-equipment", text: "检测", facets: Docs.Facets(("status", ["open"]), ("field", ["smart-equipment"]))),
            Docs.Make("open-energy", text: "检测", facets: Docs.Facets(("status", ["open"]), ("field", ["new-energy", "new-materials"]))),
            Docs.Make("closed-equipment", text: "检测", facets: Docs.Facets(("status", ["closed"]), ("field", ["smart-equipment"]))),
            Docs.Make("no-facets", text: "检测"),
        ]);
    }

    [ContractFact]
    public async Task Filter_keeps_only_documents_with_the_facet_value()
    {
        await IndexFacetedDocumentsAsync();

        var hits = await SearchFiltered(Docs.Facets(("status", ["open"])));

        Assert.Equal(["open-energy", "open-equipment"], Ids(hits).Order());
    }

    [ContractFact]
    public async Task Filter_with_several_values_accepts_any_of_them()
    {
        await IndexFacetedDocumentsAsync();

        var hits = await SearchFiltered(Docs.Facets(("field", ["new-materials", "smart-equipment"])));

        Assert.Equal(["closed-equipment", "open-energy", "open-equipment"], Ids(hits).Order());
    }

    [ContractFact]
    public async Task Every_filter_must_hold()
    {
        await IndexFacetedDocumentsAsync();

        var hits = await SearchFiltered(Docs.Facets(("status", ["open"]), ("field", ["smart-equipment"])));

        Assert.Equal(["open-equipment"], Ids(hits));
    }

    [ContractFact]
    public async Task Filter_without_values_matches_nothing()
    {
        await IndexFacetedDocumentsAsync();

        Assert.Empty(await SearchFiltered(Docs.Facets(("status", []))));
    }

    [ContractFact]
    public async Task Filter_on_an_unknown_key_matches_nothing()
    {
        await IndexFacetedDocumentsAsync();

        Assert.Empty(await SearchFiltered(Docs.Facets(("region", ["huli"]))));
    }

    [ContractFact]
    public async Task Facet_values_match_exactly()
    {
        await IndexFacetedDocumentsAsync();

        Assert.Empty(await SearchFiltered(Docs.Facets(("status", ["Open"]))));
    }

    [ContractFact]
    public async Task Facet_keys_and_values_with_separators_do_not_collide()
    {
        await Index.UpsertManyAsync(
        [
            Docs.Make("key-with-equals", text: "检测", facets: Docs.Facets(("a=b", ["c"]))),
            Docs.Make("value-with-equals", text: "检测", facets: Docs.Facets(("a", ["b=c"]))),
        ]);

        Assert.Equal(["key-with-equals"], Ids(await SearchFiltered(Docs.Facets(("a=b", ["c"])))));
        Assert.Equal(["value-with-equals"], Ids(await SearchFiltered(Docs.Facets(("a", ["b=c"])))));
    }

    [ContractFact]
    public async Task Filters_do_not_change_scores()
    {
        await IndexFacetedDocumentsAsync();

        var unfiltered = await Search("检测");
        var filtered = await SearchFiltered(Docs.Facets(("status", ["open"])));

        Assert.NotEmpty(filtered);
        foreach (var hit in filtered)
        {
            Assert.Equal(unfiltered.Single(other => other.Id == hit.Id).Score, hit.Score);
        }
    }

    [ContractFact]
    public async Task Empty_filter_set_filters_nothing()
    {
        await IndexFacetedDocumentsAsync();

        Assert.Equal(4, (await SearchFiltered(new Dictionary<string, IReadOnlyList<string>>())).Count);
    }

    private Task<IReadOnlyList<SearchHit>> SearchFiltered(IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        return Index.SearchAsync(new SearchRequest(["检测"], 10, filters));
    }
}

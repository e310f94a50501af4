namespace Huli.Matchmaking.Search.Tests.Contract;

public abstract partial class SearchIndexContract
{
    [ContractFact]
    public async Task Count_of_matches_ignores_paging()
    {
        await IndexDatedNeedsAsync();

        Assert.Equal(4, await Index.CountMatchesAsync(new SearchRequest(["电池"], 1, Skip: 2)));
        Assert.Equal(5, await Index.CountMatchesAsync(new SearchRequest(["电池", "石墨烯"], 0)));
        Assert.Equal(0, await Index.CountMatchesAsync(Docs.Query("光刻胶")));
    }

    [ContractFact]
    public async Task Count_of_matches_applies_the_filters()
    {
        await IndexDatedNeedsAsync();
        var open = Docs.Facets(("status", ["open"]));

        Assert.Equal(3, await Index.CountMatchesAsync(new SearchRequest(["电池"], 10, open)));
        Assert.Equal(0, await Index.CountMatchesAsync(new SearchRequest(["电池"], 10, Docs.Facets(("status", [])))));
    }

    [ContractFact]
    public async Task Count_of_matches_agrees_with_the_hits()
    {
        await IndexDatedNeedsAsync();
        var request = new SearchRequest(["电池", "回收", "石墨烯"], 100, Docs.Facets(("status", ["open"])));

        Assert.Equal((await Index.SearchAsync(request)).Count, await Index.CountMatchesAsync(request));
    }

    [ContractFact]
    public async Task Count_of_an_empty_query_is_zero_by_relevance_and_everything_filtered_when_browsing()
    {
        await IndexDatedNeedsAsync();
        var open = Docs.Facets(("status", ["open"]));

        Assert.Equal(0, await Index.CountMatchesAsync(new SearchRequest([], 10, open)));
        Assert.Equal(4, await Index.CountMatchesAsync(new SearchRequest([], 10, open, Sort: SearchSort.Newest)));
        Assert.Equal(5, await Index.CountMatchesAsync(new SearchRequest([], 10, Sort: SearchSort.Newest)));
    }
}

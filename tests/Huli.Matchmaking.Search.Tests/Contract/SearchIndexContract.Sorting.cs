namespace Huli.Matchmaking.Search.Tests.Contract;

public abstract partial class SearchIndexContract
{
    private Task IndexDatedNeedsAsync()
    {
        return Index.UpsertManyAsync(
        [
            Docs.Make("march", text: "电池 回收", facets: Docs.Facets(("status", ["open"])), date: Docs.Day(3, 1)),
            Docs.Make("undated", text: "电池", facets: Docs.Facets(("status", ["open"]))),
            Docs.Make("may", text: "电池 其他 其他 其他", facets: Docs.Facets(("status", ["closed"])), date: Docs.Day(5, 1)),
            Docs.Make("april", text: "电池 其他", facets: Docs.Facets(("status", ["open"])), date: Docs.Day(4, 1)),
            Docs.Make("june-graphene", text: "石墨烯", facets: Docs.Facets(("status", ["open"])), date: Docs.Day(6, 1)),
        ]);
    }

    [ContractFact]
    public async Task Newest_sort_orders_the_matches_by_date_with_undated_ones_last()
    {
        await IndexDatedNeedsAsync();

        var hits = await Index.SearchAsync(new SearchRequest(["电池"], 10, Sort: SearchSort.Newest));

        Assert.Equal(["may", "april", "march", "undated"], Ids(hits));
    }

    [ContractFact]
    public async Task Newest_sort_keeps_scores_and_matched_terms()
    {
        await IndexDatedNeedsAsync();
        var byRelevance = await Search("电池 回收");

        var newest = await Index.SearchAsync(new SearchRequest(["电池", "回收"], 10, Sort: SearchSort.Newest));

        Assert.Equal(Summaries(byRelevance.OrderBy(hit => hit.Id)), Summaries(newest.OrderBy(hit => hit.Id)));
        Assert.Equal(["电池", "回收"], newest.Single(hit => hit.Id == "march").MatchedTerms);
        Assert.All(newest, hit => Assert.True(hit.Score > 0));
    }

    [ContractFact]
    public async Task Newest_sort_breaks_date_ties_by_relevance_then_id()
    {
        var sameDay = Docs.Day(4, 1);
        await Index.UpsertManyAsync(
        [
            Docs.Make("weak-b", text: "电池 其他 其他 其他", date: sameDay),
            Docs.Make("strong", text: "电池", date: sameDay),
            Docs.Make("weak-a", text: "电池 其他 其他 其他", date: sameDay),
            Docs.Make("older", text: "电池", date: Docs.Day(3, 1)),
        ]);

        var hits = await Index.SearchAsync(new SearchRequest(["电池"], 10, Sort: SearchSort.Newest));

        Assert.Equal(["strong", "weak-a", "weak-b", "older"], Ids(hits));
    }

    [ContractFact]
    public async Task Newest_sort_pages_with_skip()
    {
        await IndexDatedNeedsAsync();

        var page = await Index.SearchAsync(new SearchRequest(["电池"], 2, Skip: 1, Sort: SearchSort.Newest));

        Assert.Equal(["april", "march"], Ids(page));
    }

    [ContractFact]
    public async Task Newest_sort_compares_instants_not_local_times()
    {
        // 09:00 in Beijing is 01:00 UTC, earlier than 08:00 in London (07:00 UTC) on the same day.
        await Index.UpsertManyAsync(
        [
            Docs.Make("beijing", text: "电池", date: new DateTimeOffset(2024, 4, 1, 9, 0, 0, TimeSpan.FromHours(8))),
            Docs.Make("london", text: "电池", date: new DateTimeOffset(2024, 4, 1, 8, 0, 0, TimeSpan.FromHours(1))),
        ]);

        var hits = await Index.SearchAsync(new SearchRequest(["电池"], 10, Sort: SearchSort.Newest));

        Assert.Equal(["london", "beijing"], Ids(hits));
    }

    [ContractFact]
    public async Task Browsing_newest_first_lists_every_document_that_passes_the_filters()
    {
        await IndexDatedNeedsAsync();
        var open = Docs.Facets(("status", ["open"]));

        var hits = await Index.SearchAsync(new SearchRequest([], 10, open, Sort: SearchSort.Newest));

        Assert.Equal(["june-graphene", "april", "march", "undated"], Ids(hits));
        Assert.All(hits, hit => Assert.Empty(hit.MatchedTerms));
        Assert.All(hits, hit => Assert.Equal(0, hit.Score));
    }

    [ContractFact]
    public async Task Browsing_without_filters_lists_every_document_and_pages()
    {
        await IndexDatedNeedsAsync();

        var all = await Index.SearchAsync(new SearchRequest([], 10, Sort: SearchSort.Newest));
        var page = await Index.SearchAsync(new SearchRequest(["", ""], 2, Skip: 3, Sort: SearchSort.Newest));

        Assert.Equal(["june-graphene", "may", "april", "march", "undated"], Ids(all));
        Assert.Equal(["march", "undated"], Ids(page));
    }

    [ContractFact]
    public async Task Browsing_with_a_filter_without_values_lists_nothing()
    {
        await IndexDatedNeedsAsync();

        Assert.Empty(await Index.SearchAsync(new SearchRequest([], 10, Docs.Facets(("status", [])), Sort: SearchSort.Newest)));
    }
}

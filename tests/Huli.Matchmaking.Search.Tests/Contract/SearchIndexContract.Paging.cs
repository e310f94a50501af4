namespace Huli.Matchmaking.Search.Tests.Contract;

public abstract partial class SearchIndexContract
{
    /// <summary>Seven documents that all match 电池, each with a different score (longer text, lower score).</summary>
    private Task IndexSevenBatteryResultsAsync()
    {
        return Index.UpsertManyAsync(Enumerable.Range(1, 7).Select(i =>
            Docs.Make($"battery-{i}", text: "电池 " + string.Join(' ', Enumerable.Repeat("其他", i)))));
    }

    [ContractFact]
    public async Task Skip_and_top_page_through_the_ranking()
    {
        await IndexSevenBatteryResultsAsync();
        var all = Ids(await Search("电池"));

        var pages = new List<string>();
        for (var skip = 0; skip < 7; skip += 3)
        {
            pages.AddRange(Ids(await Index.SearchAsync(new SearchRequest(["电池"], 3, Skip: skip))));
        }

        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"battery-{i}"), all);
        Assert.Equal(all, pages);
    }

    [ContractFact]
    public async Task Page_keeps_the_scores_of_the_full_ranking()
    {
        await IndexSevenBatteryResultsAsync();
        var all = await Search("电池");

        var page = await Index.SearchAsync(new SearchRequest(["电池"], 2, Skip: 2));

        Assert.Equal(Summaries(all.Skip(2).Take(2)), Summaries(page));
    }

    [ContractFact]
    public async Task Skip_past_the_last_match_returns_nothing()
    {
        await IndexSevenBatteryResultsAsync();

        Assert.Empty(await Index.SearchAsync(new SearchRequest(["电池"], 10, Skip: 7)));
        Assert.Empty(await Index.SearchAsync(new SearchRequest(["电池"], 10, Skip: 1000)));
    }

    [ContractFact]
    public async Task Negative_skip_is_refused()
    {
        await IndexSevenBatteryResultsAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Index.SearchAsync(new SearchRequest(["电池"], 10, Skip: -1)));
    }
}

namespace Huli.Matchmaking.Search.Tests.Contract;

public abstract partial class SearchIndexContract
{
    private Task IndexVisionAndBatteryAsync()
    {
        return Index.UpsertManyAsync(
        [
            Docs.Make("vision", title: "机器视觉 检测", keywords: "注塑件", text: "划痕 检测 表面"),
            Docs.Make("battery", title: "锂电池", text: "热失控 检测"),
        ]);
    }

    [ContractFact]
    public async Task Matched_terms_are_the_distinct_query_tokens_found_in_any_field_in_query_order()
    {
        await IndexVisionAndBatteryAsync();

        var hits = await Search("表面 电池 注塑件 检测 机器视觉 表面");

        Assert.Equal(["表面", "注塑件", "检测", "机器视觉"], hits.Single(hit => hit.Id == "vision").MatchedTerms);
        Assert.Equal(["检测"], hits.Single(hit => hit.Id == "battery").MatchedTerms);
    }

    [ContractFact]
    public async Task Without_matched_terms_the_hits_are_the_same_in_the_same_order_with_the_same_scores()
    {
        await IndexVisionAndBatteryAsync();
        var tokens = "表面 电池 注塑件 检测 机器视觉".Split(' ');

        var full = await Index.SearchAsync(new SearchRequest(tokens, 10));
        var bare = await Index.SearchAsync(new SearchRequest(tokens, 10, WithMatchedTerms: false));

        Assert.Equal(Ids(full), Ids(bare));
        Assert.Equal(full.Select(h => h.Score), bare.Select(h => h.Score));
        Assert.All(bare, hit => Assert.Empty(hit.MatchedTerms));
        Assert.NotEmpty(full[0].MatchedTerms);
    }

    [ContractFact]
    public async Task Documents_kept_without_matched_terms_rank_as_the_others_and_name_none()
    {
        await Index.UpsertManyAsync(
        [
            Docs.Make("vision", title: "机器视觉 检测", keywords: "注塑件", text: "划痕 检测 表面") with { KeepsMatchedTerms = false },
            Docs.Make("battery", title: "锂电池", text: "热失控 检测") with { KeepsMatchedTerms = false },
        ]);

        var hits = await Search("检测 划痕");

        Assert.Equal(["vision", "battery"], Ids(hits));
        Assert.True(hits[0].Score > hits[1].Score);
        Assert.True(hits[1].Score > 0);
        Assert.All(hits, hit => Assert.Empty(hit.MatchedTerms));
    }

    [ContractFact]
    public async Task Hits_come_best_first_with_positive_scores()
    {
        await IndexVisionAndBatteryAsync();

        var hits = await Search("检测 划痕");

        Assert.Equal(["vision", "battery"], Ids(hits));
        Assert.True(hits[0].Score > hits[1].Score);
        Assert.True(hits[1].Score > 0);
    }

    [ContractFact]
    public async Task Top_limits_the_number_of_hits()
    {
        await IndexVisionAndBatteryAsync();

        Assert.Single(await Search("检测", top: 1));
    }

    [ContractFact]
    public async Task Top_larger_than_the_index_returns_every_match()
    {
        await IndexVisionAndBatteryAsync();

        Assert.Equal(2, (await Search("检测", top: int.MaxValue)).Count);
    }

    [ContractFact]
    public async Task Top_of_zero_or_less_returns_nothing()
    {
        await IndexVisionAndBatteryAsync();

        Assert.Empty(await Search("检测", top: 0));
        Assert.Empty(await Search("检测", top: -5));
    }

    [ContractFact]
    public async Task Empty_query_returns_nothing()
    {
        await IndexVisionAndBatteryAsync();

        Assert.Empty(await Index.SearchAsync(new SearchRequest([], 10)));
        Assert.Empty(await Index.SearchAsync(new SearchRequest(["", ""], 10)));
    }

    [ContractFact]
    public async Task Query_without_any_matching_token_returns_nothing()
    {
        await IndexVisionAndBatteryAsync();

        Assert.Empty(await Search("石墨烯 光刻胶"));
    }
}

namespace Huli.Matchmaking.Search.Tests;

public sealed class QueryTests : IAsyncLifetime
{
    private readonly LuceneSearchIndex _index = LuceneSearchIndex.CreateInMemory();

    public Task InitializeAsync()
    {
        return _index.UpsertManyAsync(
        [
            Docs.Make("vision", title: "机器视觉 检测", keywords: "注塑件", text: "划痕 检测 表面"),
            Docs.Make("battery", title: "锂电池", text: "热失控 检测"),
        ]);
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Matched_terms_are_the_distinct_query_tokens_found_in_any_field_in_query_order()
    {
        var hits = await _index.SearchAsync(Docs.Query("表面 电池 注塑件 检测 机器视觉 表面"));

        var vision = hits.Single(hit => hit.Id == "vision");
        Assert.Equal(["表面", "注塑件", "检测", "机器视觉"], vision.MatchedTerms);
        Assert.Equal(["检测"], hits.Single(hit => hit.Id == "battery").MatchedTerms);
    }

    [Fact]
    public async Task Hits_come_best_first_with_positive_scores()
    {
        var hits = await _index.SearchAsync(Docs.Query("检测 划痕"));

        Assert.Equal(["vision", "battery"], hits.Select(hit => hit.Id));
        Assert.True(hits[0].Score > hits[1].Score);
        Assert.True(hits[1].Score > 0);
    }

    [Fact]
    public async Task Top_limits_the_number_of_hits()
    {
        Assert.Single(await _index.SearchAsync(Docs.Query("检测", top: 1)));
    }

    [Fact]
    public async Task Top_larger_than_the_index_returns_every_match()
    {
        Assert.Equal(2, (await _index.SearchAsync(Docs.Query("检测", top: int.MaxValue))).Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task Top_of_zero_or_less_returns_nothing(int top)
    {
        Assert.Empty(await _index.SearchAsync(Docs.Query("检测", top)));
    }

    [Fact]
    public async Task Empty_query_returns_nothing()
    {
        Assert.Empty(await _index.SearchAsync(new SearchRequest([], 10)));
        Assert.Empty(await _index.SearchAsync(new SearchRequest(["", ""], 10)));
    }

    [Fact]
    public async Task Query_without_any_matching_token_returns_nothing()
    {
        Assert.Empty(await _index.SearchAsync(Docs.Query("石墨烯 光刻胶")));
    }

    [Fact]
    public async Task Query_longer_than_lucenes_clause_limit_still_works()
    {
        var tokens = Enumerable.Range(0, 2000).Select(i => $"t{i}").Append("锂电池").ToList();

        var hits = await _index.SearchAsync(new SearchRequest(tokens, 10));

        Assert.Equal("battery", Assert.Single(hits).Id);
    }
}

namespace Huli.Matchmaking.Search.Tests;

public sealed class RankingTests : IDisposable
{
    private readonly LuceneSearchIndex _index = LuceneSearchIndex.CreateInMemory();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task Document_with_more_matching_terms_ranks_higher()
    {
        await _index.UpsertManyAsync(
        [
            Docs.Make("one", text: "视觉 其他 其他 其他"),
            Docs.Make("three", text: "视觉 划痕 注塑件 其他"),
            Docs.Make("two", text: "视觉 划痕 其他 其他"),
        ]);

        var hits = await _index.SearchAsync(Docs.Query("视觉 划痕 注塑件"));

        Assert.Equal(["three", "two", "one"], hits.Select(hit => hit.Id));
    }

    [Fact]
    public async Task Match_on_a_rarer_term_outranks_a_match_on_a_common_one()
    {
        await _index.UpsertManyAsync(
        [
            Docs.Make("rare", text: "碳化硅 填充"),
            Docs.Make("common", text: "材料 填充"),
            .. Enumerable.Range(1, 6).Select(i => Docs.Make($"filler{i}", text: $"材料 其他{i} 其他")),
        ]);

        var hits = await _index.SearchAsync(Docs.Query("材料 碳化硅", top: 2));

        Assert.Equal(["rare", "common"], hits.Select(hit => hit.Id));
    }

    [Fact]
    public async Task Scores_follow_bm25_with_k1_1_2_and_b_0_75()
    {
        // Field lengths 1 and 4 survive Lucene's one-byte norm encoding exactly, so the formula can be checked:
        // idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / averageLength)), with idf = ln 2 here.
        await _index.UpsertManyAsync([Docs.Make("short", text: "x"), Docs.Make("long", text: "y y y y")]);

        var shortScore = Assert.Single(await _index.SearchAsync(Docs.Query("x"))).Score;
        var longScore = Assert.Single(await _index.SearchAsync(Docs.Query("y"))).Score;

        Assert.Equal(Bm25(tf: 1, length: 1, averageLength: 2.5), shortScore, precision: 4);
        Assert.Equal(Bm25(tf: 4, length: 4, averageLength: 2.5), longScore, precision: 4);
    }

    [Fact]
    public async Task Shorter_field_with_the_same_match_ranks_higher()
    {
        await _index.UpsertManyAsync(
        [
            Docs.Make("long", text: "石墨烯 甲 乙 丙 丁 戊 己 庚"),
            Docs.Make("short", text: "石墨烯 甲"),
        ]);

        var hits = await _index.SearchAsync(Docs.Query("石墨烯"));

        Assert.Equal(["short", "long"], hits.Select(hit => hit.Id));
    }

    [Fact]
    public async Task Query_token_repeated_in_the_query_counts_more()
    {
        await _index.UpsertManyAsync([Docs.Make("battery", text: "电池 其他"), Docs.Make("motor", text: "电机 其他")]);

        var hits = await _index.SearchAsync(Docs.Query("电机 电池 电池"));

        Assert.Equal(["battery", "motor"], hits.Select(hit => hit.Id));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public async Task Title_match_beats_text_only_match_with_default_weights()
    {
        await _index.UpsertManyAsync(
        [
            Docs.Make("in-text", title: "其他 标题", text: "伺服电机 其他"),
            Docs.Make("in-title", title: "伺服电机 标题", text: "其他 其他"),
        ]);

        var hits = await _index.SearchAsync(Docs.Query("伺服电机"));

        Assert.Equal(["in-title", "in-text"], hits.Select(hit => hit.Id));
    }

    [Fact]
    public async Task Keyword_match_beats_text_only_match_with_default_weights()
    {
        await _index.UpsertManyAsync(
        [
            Docs.Make("in-text", keywords: "其他 关键", text: "伺服电机 其他"),
            Docs.Make("in-keywords", keywords: "伺服电机 关键", text: "其他 其他"),
        ]);

        var hits = await _index.SearchAsync(Docs.Query("伺服电机"));

        Assert.Equal(["in-keywords", "in-text"], hits.Select(hit => hit.Id));
    }

    [Fact]
    public async Task Custom_field_weights_can_favour_the_text()
    {
        await _index.UpsertManyAsync(
        [
            Docs.Make("in-text", title: "其他 标题", text: "伺服电机 其他"),
            Docs.Make("in-title", title: "伺服电机 标题", text: "其他 其他"),
        ]);

        var hits = await _index.SearchAsync(
            new SearchRequest(["伺服电机"], 10, Weights: new FieldWeights(Title: 0.5f, Keywords: 1f, Text: 3f)));

        Assert.Equal(["in-text", "in-title"], hits.Select(hit => hit.Id));
    }

    [Fact]
    public async Task Field_with_zero_weight_does_not_match()
    {
        await _index.UpsertManyAsync(
        [
            Docs.Make("in-text", text: "伺服电机"),
            Docs.Make("in-title", title: "伺服电机"),
        ]);

        var hits = await _index.SearchAsync(
            new SearchRequest(["伺服电机"], 10, Weights: new FieldWeights(Title: 1f, Keywords: 1f, Text: 0f)));

        Assert.Equal(["in-title"], hits.Select(hit => hit.Id));
    }

    private static double Bm25(double tf, double length, double averageLength)
    {
        const double k1 = 1.2;
        const double b = 0.75;
        return Math.Log(2) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / averageLength));
    }
}

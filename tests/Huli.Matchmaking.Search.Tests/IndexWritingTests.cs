namespace Huli.Matchmaking.Search.Tests;

public sealed class IndexWritingTests : IDisposable
{
    private readonly LuceneSearchIndex _index = LuceneSearchIndex.CreateInMemory();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task Upserted_document_is_found_by_its_tokens_at_once()
    {
        await _index.UpsertAsync(Docs.Make("r1", title: "机器视觉 检测", text: "注塑件 划痕"));

        var hits = await _index.SearchAsync(Docs.Query("划痕"));

        Assert.Equal("r1", Assert.Single(hits).Id);
    }

    [Fact]
    public async Task Upserting_an_existing_id_replaces_the_document()
    {
        await _index.UpsertAsync(Docs.Make("r1", title: "锂电池"));
        await _index.UpsertAsync(Docs.Make("r1", title: "石墨烯"));

        Assert.Empty(await _index.SearchAsync(Docs.Query("锂电池")));
        Assert.Equal("r1", Assert.Single(await _index.SearchAsync(Docs.Query("石墨烯"))).Id);
        Assert.Equal(1, await _index.CountAsync());
    }

    [Fact]
    public async Task Deleted_document_is_neither_found_nor_counted()
    {
        await _index.UpsertManyAsync([Docs.Make("r1", title: "锂电池"), Docs.Make("r2", title: "锂电池 回收")]);

        await _index.DeleteAsync("r1");

        Assert.Equal(["r2"], (await _index.SearchAsync(Docs.Query("锂电池"))).Select(hit => hit.Id));
        Assert.False(await _index.ContainsAsync("r1"));
        Assert.True(await _index.ContainsAsync("r2"));
        Assert.Equal(1, await _index.CountAsync());
    }

    [Fact]
    public async Task Deleting_an_unknown_id_changes_nothing()
    {
        await _index.UpsertAsync(Docs.Make("r1", title: "锂电池"));

        await _index.DeleteAsync("missing");

        Assert.Equal(1, await _index.CountAsync());
    }

    [Fact]
    public async Task Count_and_contains_follow_every_write()
    {
        Assert.Equal(0, await _index.CountAsync());
        Assert.False(await _index.ContainsAsync("r1"));

        await _index.UpsertManyAsync(Enumerable.Range(1, 5).Select(i => Docs.Make($"r{i}", title: "token")));

        Assert.Equal(5, await _index.CountAsync());
        Assert.True(await _index.ContainsAsync("r3"));
    }

    [Fact]
    public async Task Batch_with_a_document_without_id_is_rejected_as_a_whole()
    {
        SearchDocument[] batch = [Docs.Make("r1", title: "锂电池"), Docs.Make(" ", title: "石墨烯")];

        await Assert.ThrowsAsync<ArgumentException>(() => _index.UpsertManyAsync(batch));

        Assert.Equal(0, await _index.CountAsync());
    }

    [Fact]
    public async Task Empty_batch_is_accepted()
    {
        await _index.UpsertManyAsync([]);

        Assert.Equal(0, await _index.CountAsync());
    }

    [Fact]
    public async Task Odd_tokens_are_indexed_and_matched_verbatim()
    {
        string[] odd = ["c++", "a:b", "AND", "*", "(x)", "-y", "\"q\"", "🚀", "ü", "a/b\\c", "title:foo"];
        await _index.UpsertAsync(new SearchDocument("odd", [], [], odd, new Dictionary<string, IReadOnlyList<string>>()));

        foreach (var token in odd)
        {
            var hit = Assert.Single(await _index.SearchAsync(new SearchRequest([token], 5)));
            Assert.Equal([token], hit.MatchedTerms);
        }

        Assert.Empty(await _index.SearchAsync(Docs.Query("and")));
    }

    [Fact]
    public async Task Writes_after_dispose_are_refused()
    {
        _index.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => _index.UpsertAsync(Docs.Make("r1", title: "x")));
    }
}

namespace Huli.Matchmaking.Search.Tests.Contract;

public abstract partial class SearchIndexContract
{
    [ContractFact]
    public async Task Upserted_document_is_found_by_its_tokens_at_once()
    {
        await Index.UpsertAsync(Docs.Make("r1", title: "机器视觉 检测", text: "注塑件 划痕"));

        var hits = await Search("划痕");

        Assert.Equal("r1", Assert.Single(hits).Id);
    }

    [ContractFact]
    public async Task Upserting_an_existing_id_replaces_the_document()
    {
        await Index.UpsertAsync(Docs.Make("r1", title: "锂电池"));
        await Index.UpsertAsync(Docs.Make("r1", title: "石墨烯"));

        Assert.Empty(await Search("锂电池"));
        Assert.Equal("r1", Assert.Single(await Search("石墨烯")).Id);
        Assert.Equal(1, await Index.CountAsync());
    }

    [ContractFact]
    public async Task Upserting_a_batch_replaces_existing_ids_too()
    {
        await Index.UpsertManyAsync([Docs.Make("r1", title: "锂电池"), Docs.Make("r2", title: "锂电池")]);
        await Index.UpsertManyAsync([Docs.Make("r2", title: "石墨烯"), Docs.Make("r3", title: "石墨烯")]);

        Assert.Equal(["r1"], Ids(await Search("锂电池")));
        Assert.Equal(["r2", "r3"], Ids(await Search("石墨烯")));
        Assert.Equal(3, await Index.CountAsync());
    }

    [ContractFact]
    public async Task Deleted_document_is_neither_found_nor_counted()
    {
        await Index.UpsertManyAsync([Docs.Make("r1", title: "锂电池"), Docs.Make("r2", title: "锂电池 回收")]);

        await Index.DeleteAsync("r1");

        Assert.Equal(["r2"], Ids(await Search("锂电池")));
        Assert.False(await Index.ContainsAsync("r1"));
        Assert.True(await Index.ContainsAsync("r2"));
        Assert.Equal(1, await Index.CountAsync());
    }

    [ContractFact]
    public async Task Deleting_an_unknown_id_changes_nothing()
    {
        await Index.UpsertAsync(Docs.Make("r1", title: "锂电池"));

        await Index.DeleteAsync("missing");

        Assert.Equal(1, await Index.CountAsync());
    }

    [ContractFact]
    public async Task Count_and_contains_follow_every_write()
    {
        Assert.Equal(0, await Index.CountAsync());
        Assert.False(await Index.ContainsAsync("r1"));

        await Index.UpsertManyAsync(Enumerable.Range(1, 5).Select(i => Docs.Make($"r{i}", title: "token")));

        Assert.Equal(5, await Index.CountAsync());
        Assert.True(await Index.ContainsAsync("r3"));
    }

    [ContractFact]
    public async Task Batch_with_a_document_without_id_is_rejected_as_a_whole()
    {
        SearchDocument[] batch = [Docs.Make("r1", title: "锂电池"), Docs.Make(" ", title: "石墨烯")];

        await Assert.ThrowsAsync<ArgumentException>(() => Index.UpsertManyAsync(batch));

        Assert.Equal(0, await Index.CountAsync());
    }

    [ContractFact]
    public async Task Empty_batch_is_accepted()
    {
        await Index.UpsertManyAsync([]);

        Assert.Equal(0, await Index.CountAsync());
    }

    [ContractFact]
    public async Task Token_holding_a_control_separator_is_left_out_of_the_document()
    {
        // U+001F joins the stored tokens of a Lucene document; the analysers never emit control characters, and
        // both backends drop such a token alike rather than report it split in two.
        await Index.UpsertAsync(new SearchDocument("odd", [], [], ["电池", "a\u001Fb"], new Dictionary<string, IReadOnlyList<string>>()));

        Assert.Equal(["电池"], Assert.Single(await Index.SearchAsync(new SearchRequest(["电池", "a\u001Fb", "a", "b"], 5))).MatchedTerms);
    }

    [ContractFact]
    public async Task Odd_tokens_are_indexed_and_matched_verbatim()
    {
        string[] odd = ["c++", "a:b", "AND", "*", "(x)", "-y", "\"q\"", "🚀", "ü", "a/b\\c", "title:foo"];
        await Index.UpsertAsync(new SearchDocument("odd", [], [], odd, new Dictionary<string, IReadOnlyList<string>>()));

        foreach (var token in odd)
        {
            var hit = Assert.Single(await Index.SearchAsync(new SearchRequest([token], 5)));
            Assert.Equal([token], hit.MatchedTerms);
        }

        Assert.Empty(await Search("and"));
    }

    [ContractFact]
    public async Task Documents_without_any_token_are_counted_but_not_found()
    {
        await Index.UpsertAsync(Docs.Make("empty"));

        Assert.Equal(1, await Index.CountAsync());
        Assert.True(await Index.ContainsAsync("empty"));
        Assert.Empty(await Search("锂电池"));
    }
}

namespace Huli.Matchmaking.Search.Tests;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly LuceneSearchIndex _index = LuceneSearchIndex.CreateInMemory();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task Concurrent_writers_and_readers_leave_every_write_visible()
    {
        var writers = Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                var id = $"w{writer}-{i}";
                await _index.UpsertAsync(Docs.Make(id, title: "共享 " + id));

                // Read-your-write from the writing thread, while other threads write.
                Assert.True(await _index.ContainsAsync(id));
            }
        }));
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                var hits = await _index.SearchAsync(Docs.Query("共享", top: 200));
                Assert.All(hits, hit => Assert.Equal(["共享"], hit.MatchedTerms));
            }
        }));

        await Task.WhenAll(writers.Concat(readers));

        Assert.Equal(100, await _index.CountAsync());
        Assert.Equal(100, (await _index.SearchAsync(Docs.Query("共享", top: 200))).Count);
    }
}

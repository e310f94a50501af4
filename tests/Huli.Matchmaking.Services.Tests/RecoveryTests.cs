using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.Search;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Huli.Matchmaking.Services.Tests;

/// <summary>A crash at any point leaves every accepted record stored, indexed and published after a restart.</summary>
public sealed class RecoveryTests : IDisposable
{
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "huli-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(dataPath, recursive: true);

    [Fact]
    public async Task A_result_saved_but_neither_indexed_nor_published_before_a_crash_is_both_after_a_restart()
    {
        Guid resultId;
        await using (var beforeCrash = new EmbeddedHostFactory(dataPath))
        {
            await beforeCrash.Services.BusReadyAsync();
            resultId = await beforeCrash.ClientFor("institute").CreateAsync("/api/results", Samples.MachineVisionResult());
        }

        // Put the stores where a crash right after the commit would have left them: the index never written,
        // the event never handed to the bus. With the service stopped, so that its outbox publisher cannot send
        // the event again before the restart (it polls every few seconds, and once did, in CI).
        var stored = new DbContextOptionsBuilder<ResultsDbContext>().UseSqlite($"Data Source={Path.Combine(dataPath, "results.db")};Pooling=false").Options;
        await using (var db = new ResultsDbContext(stored))
        {
            await db.Results.Where(r => r.Id == resultId).ExecuteUpdateAsync(s => s.SetProperty(r => r.IndexedVersion, 0));
            await db.Outbox.ExecuteUpdateAsync(s => s.SetProperty(m => m.PublishedAt, (DateTimeOffset?)null));
        }

        using (var index = LuceneSearchIndex.OpenFolder(Path.Combine(dataPath, "indexes", "results")))
        {
            await index.DeleteAsync(resultId.ToString());
        }

        await using var afterRestart = new EmbeddedHostFactory(dataPath);
        var harness = afterRestart.Services.GetTestHarness();

        var page = await (await afterRestart.ClientFor("enterprise").GetAsync($"/api/results?q={Uri.EscapeDataString("注塑件 划痕")}")).ReadNodeAsync();
        Assert.Contains(resultId, page["hits"]!.AsArray().Select(h => h!["id"]!.GetValue<Guid>()));
        Assert.True(await harness.EventuallyPublished<ResultPublished>(m => m.ResultId == resultId));
    }

    [Fact]
    public async Task A_result_the_in_memory_bus_still_held_when_the_process_stopped_is_matched_after_a_restart()
    {
        Guid resultId;
        await using (var beforeCrash = new EmbeddedHostFactory(dataPath))
        {
            await beforeCrash.Services.BusReadyAsync();
            resultId = await beforeCrash.ClientFor("institute").CreateAsync("/api/results", Samples.MachineVisionResult());
            await Eventually.TrueAsync(() => MatcherHoldsAsync(beforeCrash, resultId), "the Matcher to store the result");
        }

        // Where a crash would have left the stores if the in-memory bus had taken the event (the Results outbox
        // marked it published) but the Matcher had not yet committed it: no copy in the Matcher's database.
        var matcherDb = new DbContextOptionsBuilder<MatcherDbContext>().UseSqlite($"Data Source={Path.Combine(dataPath, "matcher.db")};Pooling=false").Options;
        await using (var db = new MatcherDbContext(matcherDb))
        {
            Assert.Equal(1, await db.Results.Where(r => r.ResultId == resultId).ExecuteDeleteAsync());
        }

        await using var afterRestart = new EmbeddedHostFactory(dataPath);
        var harness = afterRestart.Services.GetTestHarness();
        await Eventually.TrueAsync(() => MatcherHoldsAsync(afterRestart, resultId), "the Matcher to store the result again");

        // And it is matched: a need posted now gets it as a pairing.
        var needId = await afterRestart.ClientFor("enterprise").CreateAsync("/api/needs", Samples.ScratchInspectionNeed());
        Assert.True(await harness.EventuallyPublished<PairingsRanked>(m => m.NeedId == needId && m.Results.Any(r => r.ResultId == resultId)));
    }

    private static async Task<bool> MatcherHoldsAsync(EmbeddedHostFactory host, Guid resultId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MatcherDbContext>().Results.AnyAsync(r => r.ResultId == resultId && r.IsListed);
    }

    [Fact]
    public async Task An_index_of_an_older_layout_is_rebuilt_whole_over_many_pages()
    {
        const int Results = 1_234;
        await using (var before = new EmbeddedHostFactory(dataPath))
        {
            await before.Services.BusReadyAsync();
            var (csv, _) = ResultFiles.Build(rows: Results, bad: 0, System.Text.Encoding.UTF8);
            var content = new ByteArrayContent(csv);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
            var import = await before.ClientFor("institute").PostAsync("/api/results/import", new MultipartFormDataContent { { content, "file", "成果清单.csv" } });
            Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync());
        }

        // A data folder from before layouts were recorded, its index gone: every result must be indexed again,
        // page by page (500 a page), none twice and none skipped.
        var stored = new DbContextOptionsBuilder<ResultsDbContext>().UseSqlite($"Data Source={Path.Combine(dataPath, "results.db")};Pooling=false").Options;
        await using (var db = new ResultsDbContext(stored))
        {
            await db.Set<Huli.Matchmaking.ServiceDefaults.Indexing.IndexLayout>().ExecuteDeleteAsync();
        }

        Directory.Delete(Path.Combine(dataPath, "indexes", "results"), recursive: true);
        await using var after = new EmbeddedHostFactory(dataPath);
        await after.Services.BusReadyAsync();

        var found = await (await after.ClientFor("enterprise").GetAsync($"/api/results?q={Uri.EscapeDataString("关键技术")}&pageSize=1")).ReadNodeAsync();
        Assert.Equal(Results, found["total"]!.GetValue<int>());
    }
}

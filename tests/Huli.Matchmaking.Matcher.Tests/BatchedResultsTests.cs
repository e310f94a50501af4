using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Consumers;
using Huli.Matchmaking.Testing;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Matcher.Tests;

/// <summary>Results arrive in bulk, as a burst of <c>ResultPublished</c> or as a file's <c>ResultsPublished</c>:
/// the Matcher takes them in batches.</summary>
public sealed class BatchedResultsTests : IAsyncLifetime
{
    private readonly MatcherHarness matcher = new();

    public Task InitializeAsync() => matcher.InitializeAsync();

    public Task DisposeAsync() => matcher.DisposeAsync();

    [Fact]
    public async Task A_burst_larger_than_a_batch_is_indexed_whole_and_ranks_the_need_to_its_newest_copies()
    {
        var need = Guid.NewGuid();
        await matcher.DeliverAsync(Events.ScratchNeed(need), m => m.NeedId == need);

        // More results than one batch holds, each about moulding; one of them arrives twice, its newer
        // copy about scratch inspection, which is what the need asks for.
        var burst = Enumerable.Range(0, ResultPublishedConsumerDefinition.BatchSize + 50)
            .Select(_ => Events.MouldingResult(Guid.NewGuid()))
            .ToList();
        var reworded = burst[7] with { Version = 2, Title = Events.VisionResult(Guid.Empty).Title, Abstract = Events.VisionResult(Guid.Empty).Abstract };
        await Task.WhenAll(burst.Append(reworded).Select(m => matcher.Bus.Bus.Publish(m)));

        Assert.True(await matcher.EventuallyAsync(async db => await db.Results.CountAsync() == burst.Count), "Not every result of the burst reached the Matcher.");
        Assert.True(await matcher.EventuallyAsync(async db => (await db.Results.FindAsync(burst[7].ResultId))!.Version == 2), "The newer copy did not win.");

        var top = await matcher.QueryAsync(db => db.Pairings.Where(p => p.NeedId == need).OrderBy(p => p.Rank).Select(p => p.ResultId).FirstAsync());
        Assert.Equal(burst[7].ResultId, top);
    }

    [Fact]
    public async Task A_files_batch_event_ranks_the_need_to_its_newest_copies_and_a_redelivery_changes_nothing()
    {
        var need = Guid.NewGuid();
        await matcher.DeliverAsync(Events.ScratchNeed(need), m => m.NeedId == need);
        var results = Enumerable.Range(0, 40).Select(_ => Events.MouldingResult(Guid.NewGuid())).ToList();
        var reworded = results[3] with { Version = 2, Title = Events.VisionResult(Guid.Empty).Title, Abstract = Events.VisionResult(Guid.Empty).Abstract };
        var file = new ResultsPublished([.. results, reworded]);

        await matcher.DeliverAsync(file, m => m.Results.Count == file.Results.Count);

        Assert.Equal(results.Count, await matcher.QueryAsync(db => db.Results.CountAsync()));
        Assert.Equal(2, await matcher.QueryAsync(async db => (await db.Results.FindAsync(results[3].ResultId))!.Version));
        var ranked = await matcher.QueryAsync(db => db.Pairings.Where(p => p.NeedId == need).OrderBy(p => p.Rank).Select(p => new { p.ResultId, p.Score }).ToListAsync());
        Assert.Equal(results[3].ResultId, ranked[0].ResultId);

        await matcher.Bus.Bus.Publish(new ResultsPublished(file.Results));
        Assert.True(await Eventually.HoldsAsync(async () => await matcher.Bus.Consumed.SelectAsync<ResultsPublished>().Count() == 2), "The redelivery was not consumed.");

        var again = await matcher.QueryAsync(db => db.Pairings.Where(p => p.NeedId == need).OrderBy(p => p.Rank).Select(p => new { p.ResultId, p.Score }).ToListAsync());
        Assert.Equal(ranked, again);
        Assert.Equal(2, await matcher.QueryAsync(async db => (await db.Results.FindAsync(results[3].ResultId))!.Version));
    }
}

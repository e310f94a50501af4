using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Consumers;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Matcher.Tests;

/// <summary>An institute's file arrives as a burst of <c>ResultPublished</c>: the Matcher takes it in batches.</summary>
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
}

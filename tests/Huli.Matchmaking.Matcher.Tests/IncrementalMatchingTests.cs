using Huli.Matchmaking.Contracts;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Matcher.Tests;

public sealed class IncrementalMatchingTests : IAsyncLifetime
{
    private readonly MatcherHarness matcher = new();

    public Task InitializeAsync() => matcher.InitializeAsync();

    public Task DisposeAsync() => matcher.DisposeAsync();

    [Fact]
    public async Task A_need_ranks_the_result_that_shares_its_terms_first_and_explains_it()
    {
        var vision = Guid.NewGuid();
        var moulding = Guid.NewGuid();
        var need = Guid.NewGuid();
        await matcher.DeliverAsync(Events.VisionResult(vision), m => m.ResultId == vision);
        await matcher.DeliverAsync(Events.MouldingResult(moulding), m => m.ResultId == moulding);
        await matcher.DeliverAsync(Events.BatteryResult(Guid.NewGuid()), m => m.Title.Contains("锂"));

        await matcher.DeliverAsync(Events.ScratchNeed(need), m => m.NeedId == need);

        var ranking = Assert.Single(await matcher.RankingsQueuedAsync(need));
        Assert.Equal([vision, moulding], ranking.Results.Select(r => r.ResultId));
        Assert.Equal([1, 2], ranking.Results.Select(r => r.Rank));
        Assert.True(ranking.Results[0].Score > ranking.Results[1].Score);
        Assert.Contains("划痕", ranking.Results[0].MatchedTerms);
        Assert.True(await matcher.Bus.EventuallyPublished<PairingsRanked>(p => p.NeedId == need));
    }

    [Fact]
    public async Task A_new_result_that_enters_a_needs_top_list_re_ranks_that_need_and_only_that_need()
    {
        var scratchNeed = Guid.NewGuid();
        var batteryNeed = Guid.NewGuid();
        await matcher.DeliverAsync(Events.MouldingResult(Guid.NewGuid()), m => m.Title.Contains("工艺"));
        await matcher.DeliverAsync(Events.ScratchNeed(scratchNeed), m => m.NeedId == scratchNeed);
        await matcher.DeliverAsync(Events.Need(batteryNeed, 1, "动力电池循环寿命提升", "寻求提高锂离子电池正极材料循环寿命的技术。"), m => m.NeedId == batteryNeed);
        Assert.Single(await matcher.RankingsQueuedAsync(scratchNeed));
        var batteryRankingsBefore = (await matcher.RankingsQueuedAsync(batteryNeed)).Count;

        var vision = Guid.NewGuid();
        await matcher.DeliverAsync(Events.VisionResult(vision), m => m.ResultId == vision);

        var rankings = await matcher.RankingsQueuedAsync(scratchNeed);
        Assert.Equal(2, rankings.Count);
        Assert.Equal(vision, rankings[1].Results[0].ResultId);
        Assert.Equal(rankings[0].Revision + 1, rankings[1].Revision);
        Assert.Equal(batteryRankingsBefore, (await matcher.RankingsQueuedAsync(batteryNeed)).Count);
    }

    [Fact]
    public async Task A_ranking_is_published_only_when_the_top_list_changes()
    {
        var need = Guid.NewGuid();
        await matcher.DeliverAsync(Events.VisionResult(Guid.NewGuid()), m => m.Title.Contains("视觉"));
        await matcher.DeliverAsync(Events.ScratchNeed(need), m => m.NeedId == need && m.Version == 1);

        // A reworded title ranks the same results in the same order: no news for subscribers.
        await matcher.DeliverAsync(Events.ScratchNeed(need, version: 2, title: "注塑件表面划痕的视觉检测"), m => m.NeedId == need && m.Version == 2);
        // A result no need asks for enters no top list.
        await matcher.DeliverAsync(Events.BatteryResult(Guid.NewGuid()), m => m.Title.Contains("锂"));

        Assert.Single(await matcher.RankingsQueuedAsync(need));
    }

    [Fact]
    public async Task A_withdrawn_result_leaves_every_top_list_it_was_in()
    {
        var vision = Guid.NewGuid();
        var moulding = Guid.NewGuid();
        var need = Guid.NewGuid();
        await matcher.DeliverAsync(Events.VisionResult(vision), m => m.ResultId == vision);
        await matcher.DeliverAsync(Events.MouldingResult(moulding), m => m.ResultId == moulding);
        await matcher.DeliverAsync(Events.ScratchNeed(need), m => m.NeedId == need);

        await matcher.DeliverAsync(new ResultWithdrawn(vision, 2, DateTimeOffset.UtcNow), m => m.ResultId == vision);

        var latest = (await matcher.RankingsQueuedAsync(need)).Last();
        Assert.Equal([moulding], latest.Results.Select(r => r.ResultId));
        Assert.False(await matcher.QueryAsync(db => db.Pairings.AnyAsync(p => p.ResultId == vision)));
    }

    [Fact]
    public async Task Repeated_and_stale_events_change_nothing()
    {
        var vision = Guid.NewGuid();
        var need = Guid.NewGuid();
        await matcher.DeliverAsync(Events.VisionResult(vision, version: 2), m => m.ResultId == vision && m.Version == 2);
        await matcher.DeliverAsync(Events.ScratchNeed(need, version: 3), m => m.NeedId == need && m.Version == 3);

        await matcher.DeliverAsync(Events.ScratchNeed(need, version: 3), m => m.NeedId == need && m.Version == 3);
        await matcher.DeliverAsync(Events.ScratchNeed(need, version: 2, title: "旧标题"), m => m.NeedId == need && m.Version == 2);
        await matcher.DeliverAsync(Events.VisionResult(vision, version: 1), m => m.ResultId == vision && m.Version == 1);

        Assert.Single(await matcher.RankingsQueuedAsync(need));
        Assert.Equal("注塑件表面划痕视觉检测", await matcher.QueryAsync(db => db.Needs.Where(n => n.NeedId == need).Select(n => n.Title).SingleAsync()));
    }

    [Fact]
    public async Task A_withdrawal_that_overtakes_its_listing_keeps_the_late_listing_out()
    {
        var vision = Guid.NewGuid();
        var need = Guid.NewGuid();
        await matcher.DeliverAsync(Events.ScratchNeed(need), m => m.NeedId == need);

        await matcher.DeliverAsync(new ResultWithdrawn(vision, 2, DateTimeOffset.UtcNow), m => m.ResultId == vision);
        await matcher.DeliverAsync(Events.VisionResult(vision, version: 1), m => m.ResultId == vision);

        Assert.DoesNotContain(await matcher.RankingsQueuedAsync(need), r => r.Results.Any(x => x.ResultId == vision));
    }

    [Fact]
    public async Task A_closed_need_is_not_ranked_again()
    {
        var need = Guid.NewGuid();
        await matcher.DeliverAsync(Events.MouldingResult(Guid.NewGuid()), m => m.Title.Contains("工艺"));
        await matcher.DeliverAsync(Events.ScratchNeed(need), m => m.NeedId == need);
        await matcher.DeliverAsync(new NeedClosed(need, 2, DateTimeOffset.UtcNow), m => m.NeedId == need);

        var vision = Guid.NewGuid();
        await matcher.DeliverAsync(Events.VisionResult(vision), m => m.ResultId == vision);

        Assert.Single(await matcher.RankingsQueuedAsync(need));
    }
}

using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Features;
using Huli.Matchmaking.Matcher.Ranking.Features;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Matcher.Tests;

public sealed class ExplanationAndDecisionTests : IAsyncLifetime
{
    private readonly MatcherHarness matcher = new();

    public Task InitializeAsync() => matcher.InitializeAsync();

    public Task DisposeAsync() => matcher.DisposeAsync();

    [Fact]
    public async Task Each_ranked_result_carries_the_same_reasons_on_the_bus_and_in_the_ranking_query_and_its_fields_and_trl_on_the_bus()
    {
        var vision = Guid.NewGuid();
        var need = Guid.NewGuid();
        await matcher.DeliverAsync(Events.VisionResult(vision), m => m.ResultId == vision);
        await matcher.DeliverAsync(Events.MouldingResult(Guid.NewGuid()), m => m.Title.Contains("工艺"));
        await matcher.DeliverAsync(Events.ScratchNeed(need), m => m.NeedId == need);

        var published = Assert.Single(await matcher.RankingsQueuedAsync(need)).Results[0];
        var ranking = (await matcher.SendAsync(new GetNeedRanking(need))).Value!;

        Assert.Equal(vision, published.ResultId);
        Assert.NotEmpty(published.Reasons!);
        Assert.All(published.Reasons!, r => Assert.False(string.IsNullOrWhiteSpace(r.Chinese) || string.IsNullOrWhiteSpace(r.English)));
        Assert.Equal(published.Reasons, ranking.Results[0].Reasons);
        Assert.Equal(published.MatchedTerms, ranking.Results[0].MatchedTerms);
        Assert.Equal(["smart-equipment"], published.Fields);
        Assert.Equal(6, published.Trl);
    }

    [Fact]
    public async Task A_coordinators_decision_is_stored_with_the_pairs_features_and_the_newest_decision_wins()
    {
        var vision = Guid.NewGuid();
        var need = Guid.NewGuid();
        await matcher.DeliverAsync(Events.VisionResult(vision), m => m.ResultId == vision);
        await matcher.DeliverAsync(Events.ScratchNeed(need), m => m.NeedId == need);
        var pairing = Guid.NewGuid();
        var confirmedAt = DateTimeOffset.UtcNow;

        // As the Alliance sends it since sealed needs are released: with the result's institute at the end.
        await matcher.DeliverAsync(new PairingConfirmed(pairing, need, vision, "coordinator", confirmedAt, "厦门理工学院"), m => m.PairingId == pairing);
        var confirmed = await matcher.QueryAsync(db => db.Decisions.SingleAsync(d => d.NeedId == need));
        await matcher.DeliverAsync(new PairingRejected(pairing, need, vision, "不适用", "coordinator", confirmedAt.AddMinutes(1)), m => m.PairingId == pairing);
        var rejected = await matcher.QueryAsync(db => db.Decisions.SingleAsync(d => d.NeedId == need));

        Assert.True(confirmed.Confirmed);
        Assert.Equal(RankingFeatures.Count, confirmed.Features.Count);
        Assert.True(confirmed.Features[(int)RankingFeature.WeightedBm25] > 0);
        Assert.Equal("zh", confirmed.Language);
        Assert.False(rejected.Confirmed);
    }

    [Fact]
    public async Task A_result_that_scores_below_a_full_top_list_does_not_re_rank_the_need()
    {
        var need = Guid.NewGuid();
        for (var i = 0; i < 20; i++)
        {
            var id = Guid.NewGuid();
            await matcher.DeliverAsync(Events.Result(id, 1, $"注塑件表面划痕视觉检测方法{i}", "家电注塑外壳表面划痕机器视觉自动检测，替代人工目检。", "机器视觉", "划痕"), m => m.ResultId == id);
        }

        await matcher.DeliverAsync(Events.ScratchNeed(need), m => m.NeedId == need);
        Assert.Equal(20, Assert.Single(await matcher.RankingsQueuedAsync(need)).Results.Count);

        var weak = Guid.NewGuid();
        await matcher.DeliverAsync(Events.Result(weak, 1, "锂电池自动检测设备", "电池极片缺陷检测。"), m => m.ResultId == weak);
        var strong = Guid.NewGuid();
        await matcher.DeliverAsync(Events.Result(strong, 1, "注塑件表面划痕视觉检测", "家电注塑外壳表面划痕依靠人工目检，采用机器视觉自动检测注塑件表面划痕。", "机器视觉", "注塑件", "划痕"), m => m.ResultId == strong);

        var rankings = await matcher.RankingsQueuedAsync(need);
        Assert.Equal(2, rankings.Count);
        Assert.DoesNotContain(rankings[1].Results, r => r.ResultId == weak);
        Assert.Equal(strong, rankings[1].Results[0].ResultId);
        Assert.Equal(20, rankings[1].Results.Count);
    }
}

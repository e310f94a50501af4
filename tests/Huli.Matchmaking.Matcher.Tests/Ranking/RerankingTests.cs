using Huli.Matchmaking.Evaluation;
using Huli.Matchmaking.Matcher.Ranking.Explanations;
using Huli.Matchmaking.Matcher.Ranking.Features;
using Huli.Matchmaking.Matcher.Ranking.Learning;
using Huli.Matchmaking.Matcher.Ranking.Profiles;

namespace Huli.Matchmaking.Matcher.Tests.Ranking;

/// <summary>The re-ranking stage and its explanations, in-process over the Matcher's own pipeline.</summary>
public sealed class RerankingTests : IAsyncLifetime
{
    private readonly RankingWorkspace workspace = new();

    public Task InitializeAsync() => workspace.LoadAsync(
    [
        new("vision", "基于深度学习的注塑件表面划痕机器视觉检测", "采用深度学习检测注塑件表面划痕与缩痕，检测准确率99%。", ["机器视觉", "划痕"]),
        new("moulding", "注塑成型工艺参数优化", "优化注塑成型保压压力与模温，减少翘曲和缩痕。", ["注塑成型"]),
        new("battery", "高镍三元锂离子电池正极包覆", "原子层沉积氧化铝包覆提高锂离子电池循环寿命。", ["锂离子电池"]),
    ], CancellationToken.None);

    public Task DisposeAsync()
    {
        workspace.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_result_written_for_the_need_ranks_first_with_its_reasons_in_both_languages()
    {
        var need = workspace.Need(new EvaluationQuery("scratch", "注塑件表面划痕视觉检测", "家电注塑外壳表面划痕依靠人工目检，希望采用机器视觉自动检测。", []));

        var ranked = await workspace.Ranker.RankAsync(need, CancellationToken.None);

        Assert.Equal(["vision", "moulding"], ranked.Select(r => workspace.DocumentId(r.Result.ResultId)));
        var reasons = PairingExplainer.Explain(need, ranked[0], workspace.Ranker.ModelFor(need));
        Assert.InRange(reasons.Count, 1, PairingExplainer.MaxReasons);
        Assert.All(reasons, r => Assert.True(r.Contribution > 0));
        Assert.Equal(reasons.OrderByDescending(r => r.Contribution), reasons);
        Assert.All(reasons, r => Assert.Contains(r.Chinese, c => c is >= '\u4e00' and <= '\u9fff'));
        Assert.All(reasons, r => Assert.Matches("^[\\x20-\\x7e–≥≤]+$", r.English));
        Assert.Contains("划痕", workspace.Ranker.MatchedTerms(need, ranked[0].Result));
    }

    [Fact]
    public void A_reason_names_the_fact_behind_it()
    {
        var need = new NeedProfile(Guid.NewGuid(), "检测", AnalysedFields.Empty, [], new DateOnly(2026, 6, 1), TrlMin: 5, TrlMax: 7, BudgetMax: 50m);
        var result = new ResultProfile(Guid.NewGuid(), "成果", "研究院", AnalysedFields.Empty, [], Trl: 6, PriceMin: 30m);
        var features = new double[RankingFeatures.Count];
        ProfileFit.Fill(need, result, features);
        var weights = new double[RankingFeatures.Count];
        weights[(int)RankingFeature.TrlFit] = 2;
        weights[(int)RankingFeature.BudgetFit] = 1;
        var model = new RankingModel(RankingFeatures.Names, new double[RankingFeatures.Count], [.. Enumerable.Repeat(1.0, RankingFeatures.Count)], weights, "test");

        var reasons = PairingExplainer.Explain(need, new(result, model.Score(features), features), model);

        Assert.Equal(["TrlFit", "BudgetFit"], reasons.Select(r => r.Feature));
        Assert.Equal("TRL 6 在需求范围 5–7 内", reasons[0].Chinese);
        Assert.Equal("TRL 6 within the required 5–7", reasons[0].English);
        Assert.Equal(2, reasons[0].Contribution);
        Assert.Equal("报价 30 万元在预算 50 万元内", reasons[1].Chinese);
    }

    [Fact]
    public void Scoring_a_result_directly_agrees_with_its_score_in_a_full_ranking()
    {
        var need = workspace.Need(new EvaluationQuery("mould", "注塑件缩痕", "注塑成型缩痕和翘曲问题。", []));
        var ranked = workspace.Ranker.Rerank(need, workspace.Catalog.All.Select(r => r.ResultId));
        var scorer = workspace.Ranker.Prepare(need);

        Assert.All(ranked, r => Assert.Equal(r.Score, workspace.Ranker.Score(scorer, r.Result).Score, 12));
    }
}

using System.Globalization;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Ranking.Features;
using Huli.Matchmaking.Matcher.Ranking.Learning;
using Huli.Matchmaking.Matcher.Ranking.Profiles;

namespace Huli.Matchmaking.Matcher.Ranking.Explanations;

/// <summary>
/// The main reasons for a pairing: the features that lift the result most above an average candidate under the
/// model, at most one per kind of reason (three BM25 variants are one reason to a reader), in Chinese and English.
/// </summary>
public static class PairingExplainer
{
    public const int MaxReasons = 3;

    public static IReadOnlyList<RankingReason> Explain(NeedProfile need, ScoredResult scored, RankingModel model)
    {
        return Enumerable.Range(0, RankingFeatures.Count)
            .Select(i => (Feature: (RankingFeature)i, Contribution: model.Contribution(i, scored.Features)))
            .Where(c => c.Contribution > 0)
            .OrderByDescending(c => c.Contribution)
            .DistinctBy(c => KindOf(c.Feature))
            .Take(MaxReasons)
            .Select(c => Reason(c.Feature, c.Contribution, need, scored))
            .ToList();
    }

    private static string KindOf(RankingFeature feature) => feature switch
    {
        RankingFeature.WeightedBm25 or RankingFeature.TitleBm25 or RankingFeature.TextBm25 or RankingFeature.TermCoverage
            or RankingFeature.HanPairBm25 or RankingFeature.HanPairCoverage => "text",
        RankingFeature.TitleOverlap or RankingFeature.ResultTitleCoverage => "title",
        RankingFeature.PhraseMatch or RankingFeature.Proximity => "phrase",
        _ => feature.ToString(),
    };

    private static RankingReason Reason(RankingFeature feature, double contribution, NeedProfile need, ScoredResult scored)
    {
        var result = scored.Result;
        var value = scored.Features[(int)feature];
        var (zh, en) = feature switch
        {
            RankingFeature.TitleOverlap or RankingFeature.ResultTitleCoverage => value >= 0.5
                ? ("标题高度相关", "Titles closely match")
                : ("标题部分相关", "Titles partly match"),
            RankingFeature.KeywordOverlap => ("关键词吻合", "Keywords match"),
            RankingFeature.PhraseMatch => ("包含需求中的完整短语", "Contains the need's phrases"),
            RankingFeature.Proximity => ("需求术语在文中集中出现", "The need's terms occur close together"),
            RankingFeature.TermCoverage => SharedTerms(need, result),
            RankingFeature.WeightedBm25 or RankingFeature.TextBm25 => ("正文内容与需求高度相关", "The text closely matches the need"),
            RankingFeature.HanPairBm25 or RankingFeature.HanPairCoverage => ("与需求用字高度吻合", "Shares much of the need's wording"),
            RankingFeature.TitleBm25 => ("需求术语出现在成果标题中", "The need's terms appear in the result's title"),
            RankingFeature.FieldAgreement => SameField(need, result),
            RankingFeature.TrlFit => (
                Invariant($"TRL {result.Trl} 在需求范围 {Range(need.TrlMin, need.TrlMax)} 内"),
                Invariant($"TRL {result.Trl} within the required {Range(need.TrlMin, need.TrlMax)}")),
            RankingFeature.CooperationFit => CooperationModes(need, result),
            RankingFeature.SameRegion => ($"同在{result.Region}", $"Both in {result.Region}"),
            RankingFeature.BudgetFit => (
                Invariant($"报价 {result.PriceMin} 万元在预算 {need.BudgetMax} 万元内"),
                Invariant($"Asking price {result.PriceMin} within the budget of {need.BudgetMax} (10,000 CNY)")),
            RankingFeature.Recency => (
                Invariant($"成果较新（{result.CompletedOn?.Year} 年完成）"),
                Invariant($"A recent result (completed {result.CompletedOn?.Year})")),
            _ => throw new ArgumentOutOfRangeException(nameof(feature), feature, "A feature without words."),
        };
        return new RankingReason(feature.ToString(), Math.Round(contribution, 4), zh, en);
    }

    /// <summary>A count, not the IDF-weighted share the feature is: a long need's share is small even when the
    /// result shares its rare, telling terms, and "11 %" would read as a weak match.</summary>
    private static (string, string) SharedTerms(NeedProfile need, ResultProfile result)
    {
        var shared = need.Tokens.Distinct();
        shared.IntersectWith(result.Tokens.Distinct());
        return (Invariant($"与需求共有 {shared.Count} 个术语"), Invariant($"Shares {shared.Count} of the need's terms"));
    }

    private static (string, string) SameField(NeedProfile need, ResultProfile result)
    {
        var shared = string.Join("、", need.Fields.Intersect(result.Fields, StringComparer.Ordinal));
        return ($"同属{shared}领域", $"Same industry field: {shared}");
    }

    private static (string, string) CooperationModes(NeedProfile need, ResultProfile result)
    {
        var shared = (need.CooperationModes ?? []).Intersect(result.CooperationModes ?? []).ToList();
        return (
            "合作方式相符：" + string.Join("、", shared.Select(Chinese)),
            "Cooperation mode fits: " + string.Join(", ", shared.Select(English)));
    }

    private static string Range(int? min, int? max) => (min, max) switch
    {
        ({ } a, { } b) => Invariant($"{a}–{b}"),
        ({ } a, null) => Invariant($"≥{a}"),
        (null, { } b) => Invariant($"≤{b}"),
        _ => "",
    };

    private static string Chinese(CooperationMode mode) => mode switch
    {
        CooperationMode.Transfer => "转让",
        CooperationMode.Licensing => "许可",
        CooperationMode.JointDevelopment => "合作开发",
        CooperationMode.TechnicalService => "技术服务",
        CooperationMode.Equity => "作价入股",
        _ => mode.ToString(),
    };

    private static string English(CooperationMode mode) => mode switch
    {
        CooperationMode.JointDevelopment => "joint development",
        CooperationMode.TechnicalService => "technical service",
        _ => mode.ToString().ToLowerInvariant(),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

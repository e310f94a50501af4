namespace Huli.Matchmaking.Matcher.Ranking.Features;

/// <summary>The re-ranking features, in the order of a feature vector. The numbers are stored with labelled
/// examples and in the model file, so append new features at the end and never reorder.</summary>
public enum RankingFeature
{
    /// <summary>BM25 over title, keywords and text weighted 2 / 1.5 / 1, divided by the need's IDF mass.</summary>
    WeightedBm25,
    TitleBm25,
    TextBm25,

    /// <summary>IDF-weighted Dice overlap of the two titles.</summary>
    TitleOverlap,

    /// <summary>IDF-weighted share of the result's title that the need mentions anywhere.</summary>
    ResultTitleCoverage,

    /// <summary>Share of both sides' keywords whose every token occurs on the other side.</summary>
    KeywordOverlap,

    /// <summary>IDF-weighted share of the need's adjacent token pairs that the result also has adjacent.</summary>
    PhraseMatch,

    /// <summary>Most distinct need terms in any window of <see cref="FeatureScorer.ProximityWindow"/> result tokens.</summary>
    Proximity,

    /// <summary>IDF-weighted share of the need's distinct terms the result contains.</summary>
    TermCoverage,

    /// <summary>+1 a shared industry field, -1 fields on both sides but none shared, 0 unknown.</summary>
    FieldAgreement,

    /// <summary>+1 TRL within the need's range, down to -1 three or more levels outside, 0 unknown.</summary>
    TrlFit,

    /// <summary>+1 a cooperation mode both accept, -1 none, 0 unknown.</summary>
    CooperationFit,

    /// <summary>1 the same region, 0 otherwise or unknown.</summary>
    SameRegion,

    /// <summary>+1 asking price within budget, down to -1 at twice the budget, 0 unknown.</summary>
    BudgetFit,

    /// <summary>+1 completed when the need was posted, down to -1 ten or more years before, 0 unknown.</summary>
    Recency,

    /// <summary>BM25 over Han character pairs (<see cref="HanPairMatch"/>), divided by the need's pair IDF mass; 0 without Han text.</summary>
    HanPairBm25,

    /// <summary>IDF-weighted share of the need's distinct Han character pairs the result contains.</summary>
    HanPairCoverage,
}

/// <summary>Groups of features for the ablation: what the issue lists as one idea.</summary>
public static class RankingFeatures
{
    public static int Count { get; } = Enum.GetValues<RankingFeature>().Length;

    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetNames<RankingFeature>()];

    public static IReadOnlyDictionary<string, RankingFeature[]> Groups { get; } = new Dictionary<string, RankingFeature[]>
    {
        ["field-weighted BM25"] = [RankingFeature.WeightedBm25, RankingFeature.TitleBm25, RankingFeature.TextBm25],
        ["title and keyword overlap"] = [RankingFeature.TitleOverlap, RankingFeature.ResultTitleCoverage, RankingFeature.KeywordOverlap],
        ["phrase and proximity"] = [RankingFeature.PhraseMatch, RankingFeature.Proximity],
        ["term coverage"] = [RankingFeature.TermCoverage],
        ["Han character pairs"] = [RankingFeature.HanPairBm25, RankingFeature.HanPairCoverage],
        ["industry fields"] = [RankingFeature.FieldAgreement],
        ["TRL, cooperation, region, budget, recency"] =
            [RankingFeature.TrlFit, RankingFeature.CooperationFit, RankingFeature.SameRegion, RankingFeature.BudgetFit, RankingFeature.Recency],
    };
}

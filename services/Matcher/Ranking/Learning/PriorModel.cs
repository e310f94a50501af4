using Huli.Matchmaking.Matcher.Ranking.Features;

namespace Huli.Matchmaking.Matcher.Ranking.Learning;

/// <summary>
/// What training starts from and is pulled towards. Text relevance starts as plain field-weighted BM25. The
/// registration-form features start with small weights (on their raw -1..+1 scale) because the public dev sets
/// carry no TRL, cooperation mode, region, budget or date, so only coordinators' decisions can teach them; until
/// enough decisions exist, these priors are what they are worth: a nudge between equally relevant results.
/// </summary>
public static class PriorModel
{
    public static RankingModel Create()
    {
        var weights = new double[RankingFeatures.Count];
        weights[(int)RankingFeature.WeightedBm25] = 1.0;
        weights[(int)RankingFeature.FieldAgreement] = 0.1;
        weights[(int)RankingFeature.TrlFit] = 0.1;
        weights[(int)RankingFeature.CooperationFit] = 0.1;
        weights[(int)RankingFeature.SameRegion] = 0.05;
        weights[(int)RankingFeature.BudgetFit] = 0.1;
        weights[(int)RankingFeature.Recency] = 0.05;
        return new RankingModel(
            RankingFeatures.Names,
            new double[RankingFeatures.Count],
            [.. Enumerable.Repeat(1.0, RankingFeatures.Count)],
            weights,
            "prior: field-weighted BM25 plus small registration-form priors");
    }
}

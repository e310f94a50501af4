using Huli.Matchmaking.Matcher.Ranking.Profiles;

namespace Huli.Matchmaking.Matcher.Ranking.Features;

/// <summary>How well a result's registration-form facts fit a need's conditions. Each feature is 0 when either
/// side is silent, so an incomplete form is neither rewarded nor punished.</summary>
public static class ProfileFit
{
    /// <summary>Ten years of age takes recency from +1 to -1.</summary>
    public const double RecencyYears = 10;

    public static void Fill(NeedProfile need, ResultProfile result, double[] features)
    {
        features[(int)RankingFeature.FieldAgreement] = FieldAgreement(need.Fields, result.Fields);
        features[(int)RankingFeature.TrlFit] = TrlFit(need, result.Trl);
        features[(int)RankingFeature.CooperationFit] = CooperationFit(need, result);
        features[(int)RankingFeature.SameRegion] = !string.IsNullOrWhiteSpace(need.Region)
            && string.Equals(need.Region?.Trim(), result.Region?.Trim(), StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        features[(int)RankingFeature.BudgetFit] = BudgetFit(need.BudgetMax, result.PriceMin);
        features[(int)RankingFeature.Recency] = Recency(need.AsOf, result.CompletedOn);
    }

    public static double FieldAgreement(IReadOnlyList<string> needFields, IReadOnlyList<string> resultFields)
    {
        if (needFields.Count == 0 || resultFields.Count == 0)
        {
            return 0;
        }

        return needFields.Intersect(resultFields, StringComparer.Ordinal).Any() ? 1 : -1;
    }

    public static double TrlFit(NeedProfile need, int? trl)
    {
        if (trl is not { } level || (need.TrlMin is null && need.TrlMax is null))
        {
            return 0;
        }

        var below = need.TrlMin is { } min && level < min ? min - level : 0;
        var above = need.TrlMax is { } max && level > max ? level - max : 0;
        var gap = Math.Max(below, above);
        return gap == 0 ? 1 : Math.Max(-1, 1 - (2.0 * gap / 3));
    }

    public static double CooperationFit(NeedProfile need, ResultProfile result)
    {
        if (need.CooperationModes is not { Count: > 0 } wanted || result.CooperationModes is not { Count: > 0 } offered)
        {
            return 0;
        }

        return wanted.Intersect(offered).Any() ? 1 : -1;
    }

    public static double BudgetFit(decimal? budgetMax, decimal? priceMin)
    {
        if (budgetMax is not { } budget || priceMin is not { } price || budget <= 0)
        {
            return 0;
        }

        return price <= budget ? 1 : Math.Max(-1, 1 - (2 * (double)((price - budget) / budget)));
    }

    public static double Recency(DateOnly asOf, DateOnly? completedOn)
    {
        if (completedOn is not { } completed)
        {
            return 0;
        }

        var years = Math.Clamp((asOf.DayNumber - completed.DayNumber) / 365.25, 0, RecencyYears);
        return 1 - (2 * years / RecencyYears);
    }
}

using Huli.Matchmaking.Matcher.Domain;

namespace Huli.Matchmaking.Matcher.Ranking.Profiles;

/// <summary>Builds the in-memory profiles from the Matcher's stored copies of needs and results.</summary>
public static class RecordProfiles
{
    public static ResultProfile ToProfile(this MatchableResult result, ProfileAnalyzer analyzer) => new(
        result.ResultId,
        result.Title,
        result.Institute,
        analyzer.Analyse(result.Title, result.Keywords, result.Abstract),
        [.. result.Fields],
        result.Trl,
        [.. result.CooperationModes],
        result.Region,
        result.PriceMin,
        result.PriceMax,
        result.CompletedOn);

    public static NeedProfile ToProfile(this MatchableNeed need, ProfileAnalyzer analyzer) => new(
        need.NeedId,
        need.Title,
        analyzer.Analyse(need.Title, need.Keywords, need.Description),
        [.. need.Fields],
        DateOnly.FromDateTime(need.PublishedAt.UtcDateTime),
        need.TrlMin,
        need.TrlMax,
        [.. need.CooperationModes],
        need.Region,
        need.BudgetMin,
        need.BudgetMax,
        RankingLanguage.Of(need.Title, need.Description));
}

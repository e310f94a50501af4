using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Matcher.Ranking.Profiles;

/// <summary>What ranking needs of a technical need: its analysed text and the conditions a result should meet.
/// <paramref name="AsOf"/> is the day recency is judged from (when the need was posted); <paramref name="Language"/>
/// chooses the model (<see cref="RankingLanguage"/>).</summary>
public sealed record NeedProfile(
    Guid NeedId,
    string Title,
    AnalysedFields Tokens,
    IReadOnlyList<string> Fields,
    DateOnly AsOf,
    int? TrlMin = null,
    int? TrlMax = null,
    IReadOnlyList<CooperationMode>? CooperationModes = null,
    string? Region = null,
    decimal? BudgetMin = null,
    decimal? BudgetMax = null,
    string Language = RankingLanguage.Chinese);

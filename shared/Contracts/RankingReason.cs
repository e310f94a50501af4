namespace Huli.Matchmaking.Contracts;

/// <summary>One of the main reasons a result ranks where it does for a need: the feature, how much it added to
/// the score compared with an average candidate, and the reason in words for Chinese and English readers.</summary>
public record RankingReason(string Feature, double Contribution, string Chinese, string English);

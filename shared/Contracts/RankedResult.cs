namespace Huli.Matchmaking.Contracts;

/// <summary>One research result in a need's ranking, with the query terms it matched and the main reasons for
/// its place (absent from rankings made before reasons existed).</summary>
public record RankedResult(
    Guid ResultId,
    string ResultTitle,
    string Institute,
    int Rank,
    double Score,
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<RankingReason>? Reasons = null);

namespace Huli.Matchmaking.Contracts;

/// <summary>One research result in a need's ranking, with the query terms it matched and the main reasons for
/// its place (absent from rankings made before reasons existed). <paramref name="Fields"/> and
/// <paramref name="Trl"/> came later, for the coordinators' side-by-side view, and are null from older senders.</summary>
public record RankedResult(
    Guid ResultId,
    string ResultTitle,
    string Institute,
    int Rank,
    double Score,
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<RankingReason>? Reasons = null,
    IReadOnlyList<string>? Fields = null,
    int? Trl = null);

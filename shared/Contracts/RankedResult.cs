namespace Huli.Matchmaking.Contracts;

/// <summary>One research result in a need's ranking, with the query terms it matched.</summary>
public record RankedResult(
    Guid ResultId,
    string ResultTitle,
    string Institute,
    int Rank,
    double Score,
    IReadOnlyList<string> MatchedTerms);

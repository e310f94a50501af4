namespace Huli.Matchmaking.Contracts;

/// <summary>A need's ranked results changed. <paramref name="Revision"/> grows with every new ranking of the
/// need, so consumers keep only the newest.</summary>
public record PairingsRanked(
    Guid NeedId,
    string NeedTitle,
    string Enterprise,
    IReadOnlyList<string> Fields,
    int Revision,
    IReadOnlyList<RankedResult> Results,
    DateTimeOffset RankedAt);

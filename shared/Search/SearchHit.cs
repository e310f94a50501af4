namespace Huli.Matchmaking.Search;

/// <summary>A ranked document with the distinct query tokens it contains, in query order.</summary>
public sealed record SearchHit(string Id, double Score, IReadOnlyList<string> MatchedTerms);

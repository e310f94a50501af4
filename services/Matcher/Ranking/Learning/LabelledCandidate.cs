namespace Huli.Matchmaking.Matcher.Ranking.Learning;

/// <summary>A candidate's feature vector with its relevance grade (0 not relevant ... 3 identical in purpose);
/// <paramref name="Group"/> is the need (or query) it was ranked for, since only candidates of the same need are
/// compared, and <paramref name="Language"/> the need's ranking language.</summary>
public sealed record LabelledCandidate(string Group, double[] Features, int Grade, string Language);

namespace Huli.Matchmaking.Matcher.Ranking.Profiles;

/// <summary>A record's analysed token ids per field, in text order. Each keyword is kept as its own phrase so
/// that keyword overlap can ask whether a whole keyword occurs on the other side.</summary>
public sealed record AnalysedFields(int[] Title, int[][] Keywords, int[] Text)
{
    public static AnalysedFields Empty { get; } = new([], [], []);

    /// <summary>All keyword tokens in order, as the index's keyword field holds them.</summary>
    public int[] KeywordTokens { get; } = [.. Keywords.SelectMany(k => k)];

    public int Length => Title.Length + KeywordTokens.Length + Text.Length;

    /// <summary>Every distinct token of the record, in any field.</summary>
    public HashSet<int> Distinct() => [.. Title, .. KeywordTokens, .. Text];
}

namespace Huli.Matchmaking.Sorting.Keywords;

/// <summary>One word that may be, or be part of, a keyword. <see cref="Key"/> merges its variants (Chinese as
/// is, English stems joined by spaces); <see cref="Surface"/> is how it is shown.</summary>
internal readonly record struct CandidateWord(string Surface, string Key, bool IsHan, double Idf);

using Huli.Matchmaking.TextAnalysis;

namespace Huli.Matchmaking.Matcher.Ranking.Profiles;

/// <summary>Which model ranks a need. The analysers differ by language (jieba's overlapping search-mode words
/// against stemmed English words), so the same feature means different things in each, and the model is learned
/// per language. Chinese is the district's language: mixed and unknown text ranks as Chinese.</summary>
public static class RankingLanguage
{
    public const string Chinese = "zh";
    public const string English = "en";

    public static string Of(string title, string text) =>
        ChineseEnglishAnalyzer.DetectLanguage($"{title}\n{text}") == TextLanguage.English ? English : Chinese;
}

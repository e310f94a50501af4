namespace Huli.Matchmaking.TextAnalysis;

public static class LanguageCodes
{
    /// <summary>The code records carry: zh, en or mixed (text with no letters counts as zh, the primary language).</summary>
    public static string ToCode(this TextLanguage language) => language switch
    {
        TextLanguage.English => "en",
        TextLanguage.Mixed => "mixed",
        _ => "zh",
    };

    public static string DetectCode(string title, string text) =>
        ChineseEnglishAnalyzer.DetectLanguage($"{title}\n{text}").ToCode();
}

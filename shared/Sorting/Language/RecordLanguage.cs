using Huli.Matchmaking.TextAnalysis;

namespace Huli.Matchmaking.Sorting.Language;

/// <summary>The language code a record is stored with, as in the demo data and the registration form.</summary>
public static class RecordLanguage
{
    public const string Chinese = "zh";
    public const string English = "en";
    public const string Mixed = "mixed";

    /// <summary>
    /// "zh", "en" or "mixed", judged on title and text together by the analyser's script count (a Chinese text
    /// that names a few acronyms such as PCB or MOSFET stays Chinese); null when neither has a Han character or a
    /// Latin letter, so that no language is invented for a record that has none.
    /// </summary>
    public static string? Detect(string? title, string? text)
    {
        return ChineseEnglishAnalyzer.DetectLanguage($"{title}\n{text}") switch
        {
            TextLanguage.Chinese => Chinese,
            TextLanguage.English => English,
            TextLanguage.Mixed => Mixed,
            _ => null,
        };
    }
}

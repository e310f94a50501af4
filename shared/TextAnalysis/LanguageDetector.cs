using System.Text;

namespace Huli.Matchmaking.TextAnalysis;

internal static class LanguageDetector
{
    // Han characters against Latin letters, counted one by one. A Chinese need that names two or three
    // acronyms (PCB, AOI) stays Chinese; a sentence with whole English phrases becomes mixed.
    private const double ChineseShare = 0.7;
    private const double EnglishShare = 0.3;

    public static TextLanguage Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return TextLanguage.Unknown;
        }

        var han = 0;
        var latin = 0;
        foreach (var rune in TextNormalizer.Normalize(text).EnumerateRunes())
        {
            if (Scripts.IsHan(rune))
            {
                han++;
            }
            else if (Scripts.IsLatinLetter(rune))
            {
                latin++;
            }
        }

        if (han + latin == 0)
        {
            return TextLanguage.Unknown;
        }

        var hanShare = (double)han / (han + latin);
        return hanShare switch
        {
            >= ChineseShare => TextLanguage.Chinese,
            <= EnglishShare => TextLanguage.English,
            _ => TextLanguage.Mixed,
        };
    }
}

using Lucene.Net.Tartarus.Snowball.Ext;

namespace Huli.Matchmaking.TextAnalysis;

/// <summary>Turns one lowercased word run into its index form: stop words dropped, English words stemmed with
/// Snowball's English (Porter2) stemmer so that "inspecting" and "inspection" meet.</summary>
internal static class EnglishWordAnalyzer
{
    // The Snowball stemmer keeps its word in instance fields, so each thread gets its own.
    [ThreadStatic]
    private static EnglishStemmer? t_stemmer;

    public static string? Analyze(string word)
    {
        if (StopWords.IsEnglish(word))
        {
            return null;
        }

        // Model numbers and units ("yolov8", "5g", "0.1mm") and other scripts are kept verbatim: stemming
        // them would only damage them.
        if (!word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        var stemmer = t_stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}

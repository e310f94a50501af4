namespace Huli.Matchmaking.TextAnalysis;

/// <summary>
/// Tokeniser for Chinese, English and mixed technical text: NFKC and lowercase first, then Han runs are
/// segmented by jieba (with the domain dictionary, in search mode) and other letter/digit runs are stemmed
/// English words; stop words are dropped on both paths. Thread-safe; meant to be a singleton.
/// </summary>
public sealed class ChineseEnglishAnalyzer : ITextAnalyzer
{
    private readonly ChineseWordSegmenter _chinese;

    /// <summary>Loads jieba's dictionaries and the domain dictionary (once per process, about a second), so a
    /// missing data file fails at start-up rather than on the first request.</summary>
    public ChineseEnglishAnalyzer()
    {
        _chinese = ChineseWordSegmenter.Shared;
    }

    /// <remarks>The tokens of a recent text come from <see cref="RecentTokens"/>; treat them as read-only.</remarks>
    public IReadOnlyList<string> Tokenize(string? text) => Tokenize(text, cuts: null);

    /// <summary>The same tokens, with the Han runs' cuts shared with the record's other analyses.</summary>
    internal IReadOnlyList<string> Tokenize(string? text, HanRunCuts? cuts)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return RecentTokens.GetOrAdd(text, t => Analyse(t, cuts));
    }

    private List<string> Analyse(string text, HanRunCuts? cuts)
    {
        var tokens = new List<string>();
        var hanWords = new List<string>();
        foreach (var run in TextRunSplitter.Split(TextNormalizer.Normalize(text)))
        {
            if (run.Kind == TextRunKind.Han)
            {
                hanWords.Clear();
                _chinese.Segment(run.Text, hanWords, cuts);
                foreach (var word in hanWords)
                {
                    if (!StopWords.IsChinese(word))
                    {
                        tokens.Add(word);
                    }
                }
            }
            else if (EnglishWordAnalyzer.Analyze(run.Text) is { } word)
            {
                tokens.Add(word);
            }
        }

        return tokens;
    }

    public static TextLanguage DetectLanguage(string? text) => LanguageDetector.Detect(text);
}

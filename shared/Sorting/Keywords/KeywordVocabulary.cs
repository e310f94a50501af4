using System.Globalization;
using System.Text;
using Huli.Matchmaking.TextAnalysis;

namespace Huli.Matchmaking.Sorting.Keywords;

/// <summary>
/// What keyword scoring knows about words, loaded once per process: jieba's IDF table for Chinese (about 270,000
/// words from a large general corpus, shipped in jieba.NET's Resources/ and already copied by TextAnalysis) and
/// this library's list of generic words. Read-only after construction, so it is shared by every thread.
/// </summary>
internal sealed class KeywordVocabulary
{
    private const double UnknownWordFactor = 0.5;

    private static readonly Lazy<KeywordVocabulary> SharedInstance =
        new(() => new KeywordVocabulary(SortingResources.JiebaIdfPath, SortingResources.GenericWordsPath),
            LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, double> _chineseIdf;
    private readonly HashSet<string> _genericChinese;
    private readonly HashSet<string> _genericEnglishStems;

    private KeywordVocabulary(string idfPath, string genericWordsPath)
    {
        SortingResources.RequireFile(idfPath);
        SortingResources.RequireFile(genericWordsPath);

        Analyzer = new ChineseEnglishAnalyzer();
        Segmenter = ChineseWordSegmenter.Shared;

        _chineseIdf = LoadIdf(idfPath);
        var sorted = _chineseIdf.Values.Order().ToList();
        MedianIdf = sorted[sorted.Count / 2];

        _genericChinese = new HashSet<string>(StringComparer.Ordinal);
        _genericEnglishStems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(genericWordsPath, Encoding.UTF8))
        {
            var word = line.Trim();
            if (word.Length == 0 || word.StartsWith('#'))
            {
                continue;
            }

            if (word.All(IsHan))
            {
                _genericChinese.Add(word);
            }
            else
            {
                _genericEnglishStems.UnionWith(Analyzer.Tokenize(word));
                _genericEnglishStems.Add(word.ToLowerInvariant());
            }
        }
    }

    public static KeywordVocabulary Shared => SharedInstance.Value;

    public ITextAnalyzer Analyzer { get; }

    /// <summary>Cuts Han runs the way the analyser does (same dictionary, same HMM), but only the accurate cut:
    /// keywords want 永磁同步电机, not also its parts.</summary>
    public ChineseWordSegmenter Segmenter { get; }

    /// <summary>jieba gives this to words its table lacks; they are mostly technical terms (the domain dictionary
    /// is not in the table) or new words the HMM found, so a high value is right.</summary>
    public double MedianIdf { get; }

    /// <summary>The table's value; the median for dictionary words it lacks (mostly domain terms); half that for
    /// words only jieba's HMM produced, which are as often stray characters run together (用高, 点膜) as new
    /// terms. Measured on the CSL papers' author keywords, the penalty helps slightly.</summary>
    public double ChineseIdf(string word)
    {
        if (_chineseIdf.TryGetValue(word, out var idf))
        {
            return idf;
        }

        return Segmenter.ContainsWord(word) ? MedianIdf : MedianIdf * UnknownWordFactor;
    }

    /// <summary>The table's value only: null for words it lacks.</summary>
    public double? TableIdf(string word) => _chineseIdf.TryGetValue(word, out var idf) ? idf : null;

    public bool IsGenericChinese(string word) => _genericChinese.Contains(word);

    public bool IsGenericEnglish(IReadOnlyList<string> stems) => stems.All(_genericEnglishStems.Contains);

    private static Dictionary<string, double> LoadIdf(string path)
    {
        var idf = new Dictionary<string, double>(280_000, StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var space = line.LastIndexOf(' ');
            if (space > 0
                && double.TryParse(line.AsSpan(space + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                idf[line[..space]] = value;
            }
        }

        if (idf.Count == 0)
        {
            throw new InvalidDataException($"{path}: no 'word idf' lines.");
        }

        return idf;
    }

    private static bool IsHan(char character) => character is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}

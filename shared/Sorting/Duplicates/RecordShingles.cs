using Huli.Matchmaking.TextAnalysis;

namespace Huli.Matchmaking.Sorting.Duplicates;

/// <summary>
/// The weighted features a record's <see cref="SimHash"/> is computed over: the analysed tokens of title and text
/// (normalised: full-width folded, lowercased, punctuation and stop words gone) alone and as shingles of two
/// adjacent tokens, which make word order count, so that two texts on one topic in the same vocabulary still
/// differ; and each keyword as one feature, so the order of the keyword list does not matter. Title and keywords
/// weigh double: a copy from another channel keeps them while its text gains or loses a sentence. Weights are
/// the square root of the count, so a term repeated throughout a text does not outvote the rest.
/// </summary>
internal static class RecordShingles
{
    private const double TitleWeight = 2.0;
    private const double KeywordWeight = 2.0;

    private static readonly Lazy<ChineseEnglishAnalyzer> Analyzer =
        new(() => new ChineseEnglishAnalyzer(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static IEnumerable<KeyValuePair<string, double>> Of(string? title, string? text, IEnumerable<string>? keywords)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        AddText(title, TitleWeight, counts);
        AddText(text, 1.0, counts);
        foreach (var keyword in keywords ?? [])
        {
            var tokens = Analyzer.Value.Tokenize(keyword);
            if (tokens.Count > 0)
            {
                Add(counts, "k:" + string.Join(' ', tokens), KeywordWeight);
            }
        }

        return counts.Select(pair => KeyValuePair.Create(pair.Key, Math.Sqrt(pair.Value)));
    }

    private static void AddText(string? text, double weight, Dictionary<string, double> counts)
    {
        string? previous = null;
        foreach (var token in Analyzer.Value.Tokenize(text))
        {
            Add(counts, "u:" + token, weight);
            if (previous is not null)
            {
                Add(counts, "b:" + previous + " " + token, weight);
            }

            previous = token;
        }
    }

    private static void Add(Dictionary<string, double> counts, string feature, double weight)
    {
        counts[feature] = counts.GetValueOrDefault(feature) + weight;
    }
}

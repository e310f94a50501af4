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

    public static IEnumerable<KeyValuePair<string, double>> Of(RecordTokens tokens)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        AddText(tokens.Title, TitleWeight, counts);
        AddText(tokens.Text, 1.0, counts);
        foreach (var keyword in tokens.Keywords)
        {
            if (keyword.Count > 0)
            {
                Add(counts, "k:" + string.Join(' ', keyword), KeywordWeight);
            }
        }

        return counts.Select(pair => KeyValuePair.Create(pair.Key, Math.Sqrt(pair.Value)));
    }

    private static void AddText(IReadOnlyList<string> tokens, double weight, Dictionary<string, double> counts)
    {
        string? previous = null;
        foreach (var token in tokens)
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
        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, feature, out _);
        count += weight;
    }
}

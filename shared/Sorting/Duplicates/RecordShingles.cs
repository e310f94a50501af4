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

    // Counted by the feature's hash rather than its text: the fingerprint only ever sees the hash, and building
    // "u:" + word and "b:" + word + " " + word for every token was most of the cost. Only two different features
    // with the same 64-bit hash would now count as one (they already voted alike), which is not worth a string.
    // One table per thread, emptied for each record: a record's table is about 12 KB, made and dropped for every
    // record sorted. Emptied, it still hands its entries out in the order they are added, so the fingerprint's
    // sums run in the same order as with a new table.
    [ThreadStatic]
    private static Dictionary<ulong, double>? table;

    /// <summary>The record's features and their weights; valid until the same thread asks for the next record's.</summary>
    public static IEnumerable<KeyValuePair<ulong, double>> Of(RecordTokens tokens)
    {
        var counts = table ??= new Dictionary<ulong, double>();
        counts.Clear();
        counts.EnsureCapacity((2 * (tokens.Title.Count + tokens.Text.Count)) + tokens.Keywords.Count);
        AddText(tokens.Title, TitleWeight, counts);
        AddText(tokens.Text, 1.0, counts);
        foreach (var keyword in tokens.Keywords)
        {
            if (keyword.Count > 0)
            {
                var hash = FeatureHash.Start().Add("k:").Add(keyword[0]);
                for (var index = 1; index < keyword.Count; index++)
                {
                    hash = hash.Add(' ').Add(keyword[index]);
                }

                Add(counts, hash.Finish(), KeywordWeight);
            }
        }

        return counts.Select(pair => KeyValuePair.Create(pair.Key, Math.Sqrt(pair.Value)));
    }

    private static void AddText(IReadOnlyList<string> tokens, double weight, Dictionary<ulong, double> counts)
    {
        string? previous = null;
        foreach (var token in tokens)
        {
            Add(counts, FeatureHash.Start().Add("u:").Add(token).Finish(), weight);
            if (previous is not null)
            {
                Add(counts, FeatureHash.Start().Add("b:").Add(previous).Add(' ').Add(token).Finish(), weight);
            }

            previous = token;
        }
    }

    private static void Add(Dictionary<ulong, double> counts, ulong feature, double weight)
    {
        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, feature, out _);
        count += weight;
    }
}

using Huli.Matchmaking.Matcher.Ranking.Profiles;

namespace Huli.Matchmaking.Matcher.Ranking.Features;

/// <summary>
/// A need prepared once for scoring many results: its distinct terms ("slots") with query frequency and IDF, the
/// slots of its title, its adjacent token pairs for phrase matches, and the totals the features normalise by.
/// IDF comes from the catalog at preparation time, so prepare again after the corpus changed.
/// </summary>
public sealed class NeedQuery
{
    private readonly Dictionary<int, int> _slotOf = [];

    public NeedQuery(NeedProfile need, ResultCatalog catalog)
    {
        Need = need;
        var tokens = need.Tokens;
        var counts = new List<int>();
        foreach (var token in tokens.Title.Concat(tokens.KeywordTokens).Concat(tokens.Text))
        {
            if (!_slotOf.TryGetValue(token, out var slot))
            {
                slot = counts.Count;
                _slotOf[token] = slot;
                counts.Add(0);
            }

            counts[slot]++;
        }

        QueryCount = [.. counts];
        Idf = new double[counts.Count];
        foreach (var (token, slot) in _slotOf)
        {
            Idf[slot] = catalog.Idf(token);
        }

        IdfTotal = Math.Max(1e-9, Idf.Sum());
        WeightedIdfTotal = Math.Max(1e-9, Idf.Select((idf, slot) => idf * QueryCount[slot]).Sum());
        TitleSlots = [.. tokens.Title.Select(t => _slotOf[t]).Distinct()];
        TitleIdf = TitleSlots.Sum(slot => Idf[slot]);
        KeywordPhrases = [.. tokens.Keywords.Select(phrase => phrase.Select(t => _slotOf[t]).Distinct().ToArray())];
        foreach (var field in new[] { tokens.Title, tokens.Text }.Concat(tokens.Keywords))
        {
            for (var i = 1; i < field.Length; i++)
            {
                var pair = Pair(field[i - 1], field[i]);
                if (field[i - 1] != field[i] && !Bigrams.ContainsKey(pair))
                {
                    Bigrams[pair] = (Bigrams.Count, Idf[_slotOf[field[i - 1]]] + Idf[_slotOf[field[i]]]);
                }
            }
        }

        BigramIdfTotal = Bigrams.Values.Sum(b => b.Weight);
    }

    public NeedProfile Need { get; }

    public int SlotCount => QueryCount.Length;

    public int[] QueryCount { get; }

    public double[] Idf { get; }

    public double IdfTotal { get; }

    public double WeightedIdfTotal { get; }

    public int[] TitleSlots { get; }

    public double TitleIdf { get; }

    public int[][] KeywordPhrases { get; }

    public Dictionary<long, (int Index, double Weight)> Bigrams { get; } = [];

    public double BigramIdfTotal { get; }

    /// <summary>The slot of a token, or -1 when the need does not say it.</summary>
    public int SlotOf(int token) => _slotOf.TryGetValue(token, out var slot) ? slot : -1;

    public static long Pair(int first, int second) => ((long)first << 32) | (uint)second;
}

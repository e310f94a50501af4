using Huli.Matchmaking.Matcher.Ranking.Profiles;

namespace Huli.Matchmaking.Matcher.Ranking.Features;

/// <summary>
/// Computes the feature vector of one result for one prepared need, from the catalog's token ids alone. One
/// scorer per ranking: it reuses scratch arrays sized to the need, so it is not thread-safe.
/// </summary>
public sealed class FeatureScorer(NeedQuery query, ResultCatalog catalog)
{
    public const int ProximityWindow = 8;


    private readonly int[] _titleTf = new int[query.SlotCount];
    private readonly int[] _keywordTf = new int[query.SlotCount];
    private readonly int[] _textTf = new int[query.SlotCount];
    private readonly int[] _window = new int[query.SlotCount];
    private readonly bool[] _bigramSeen = new bool[query.Bigrams.Count];
    private readonly HanPairMatch _hanPairs = new(query.Need, catalog);

    public NeedQuery Query => query;

    public double[] Score(ResultProfile result)
    {
        var features = new double[RankingFeatures.Count];
        var tokens = result.Tokens;
        Array.Clear(_titleTf);
        Array.Clear(_keywordTf);
        Array.Clear(_textTf);
        CountTerms(tokens.Title, _titleTf);
        CountTerms(tokens.KeywordTokens, _keywordTf);
        CountTerms(tokens.Text, _textTf);

        var title = Bm25(_titleTf, tokens.Title.Length, catalog.AverageTitleLength);
        var keywords = Bm25(_keywordTf, tokens.KeywordTokens.Length, catalog.AverageKeywordLength);
        var text = Bm25(_textTf, tokens.Text.Length, catalog.AverageTextLength);
        features[(int)RankingFeature.WeightedBm25] = ((2.0 * title) + (1.5 * keywords) + text) / query.WeightedIdfTotal;
        features[(int)RankingFeature.TitleBm25] = title / query.WeightedIdfTotal;
        features[(int)RankingFeature.TextBm25] = text / query.WeightedIdfTotal;
        (features[(int)RankingFeature.TitleOverlap], features[(int)RankingFeature.ResultTitleCoverage]) = TitleMatch(tokens.Title);
        features[(int)RankingFeature.KeywordOverlap] = KeywordOverlap(tokens);
        features[(int)RankingFeature.PhraseMatch] = PhraseMatch(tokens);
        features[(int)RankingFeature.Proximity] = Math.Max(Proximity(tokens.Title), Proximity(tokens.Text));
        features[(int)RankingFeature.TermCoverage] = TermCoverage();
        (features[(int)RankingFeature.HanPairBm25], features[(int)RankingFeature.HanPairCoverage]) = _hanPairs.Score(tokens);
        ProfileFit.Fill(query.Need, result, features);
        return features;
    }

    private void CountTerms(int[] field, int[] tf)
    {
        foreach (var token in field)
        {
            var slot = query.SlotOf(token);
            if (slot >= 0)
            {
                tf[slot]++;
            }
        }
    }

    private double Bm25(int[] tf, int length, double averageLength)
    {
        var norm = Bm25Formula.LengthNorm(length, averageLength);
        var score = 0.0;
        for (var slot = 0; slot < tf.Length; slot++)
        {
            if (tf[slot] > 0)
            {
                score += query.Idf[slot] * query.QueryCount[slot] * Bm25Formula.Saturated(tf[slot], norm);
            }
        }

        return score;
    }

    private (double Overlap, double ResultCoverage) TitleMatch(int[] resultTitle)
    {
        double resultIdf = 0, shared = 0, mentioned = 0;
        for (var i = 0; i < resultTitle.Length; i++)
        {
            if (Array.IndexOf(resultTitle, resultTitle[i], 0, i) >= 0)
            {
                continue;
            }

            var idf = catalog.Idf(resultTitle[i]);
            resultIdf += idf;
            var slot = query.SlotOf(resultTitle[i]);
            if (slot >= 0)
            {
                mentioned += idf;
                if (Array.IndexOf(query.TitleSlots, slot) >= 0)
                {
                    shared += idf;
                }
            }
        }

        var overlap = query.TitleIdf + resultIdf > 0 ? 2 * shared / (query.TitleIdf + resultIdf) : 0;
        return (overlap, resultIdf > 0 ? mentioned / resultIdf : 0);
    }

    private double KeywordOverlap(AnalysedFields result)
    {
        var total = query.KeywordPhrases.Length + result.Keywords.Length;
        if (total == 0)
        {
            return 0;
        }

        var matched = query.KeywordPhrases.Count(phrase => phrase.All(Contains));
        matched += result.Keywords.Count(phrase => phrase.All(token => query.SlotOf(token) >= 0));
        return (double)matched / total;
    }

    private bool Contains(int slot) => _titleTf[slot] + _keywordTf[slot] + _textTf[slot] > 0;

    private double PhraseMatch(AnalysedFields result)
    {
        if (query.BigramIdfTotal <= 0)
        {
            return 0;
        }

        Array.Clear(_bigramSeen);
        var weight = PhraseWeight(result.Title) + PhraseWeight(result.Text);
        foreach (var phrase in result.Keywords)
        {
            weight += PhraseWeight(phrase);
        }

        return weight / query.BigramIdfTotal;
    }

    private double PhraseWeight(int[] field)
    {
        var weight = 0.0;
        for (var i = 1; i < field.Length; i++)
        {
            if (query.Bigrams.TryGetValue(NeedQuery.Pair(field[i - 1], field[i]), out var bigram) && !_bigramSeen[bigram.Index])
            {
                _bigramSeen[bigram.Index] = true;
                weight += bigram.Weight;
            }
        }

        return weight;
    }

    private double Proximity(int[] field)
    {
        var possible = Math.Min(ProximityWindow, query.SlotCount);
        if (possible == 0 || field.Length == 0)
        {
            return 0;
        }

        Array.Clear(_window);
        int distinct = 0, best = 0;
        for (var i = 0; i < field.Length; i++)
        {
            var slot = query.SlotOf(field[i]);
            if (slot >= 0 && _window[slot]++ == 0)
            {
                distinct++;
            }

            if (i >= ProximityWindow)
            {
                var leaving = query.SlotOf(field[i - ProximityWindow]);
                if (leaving >= 0 && --_window[leaving] == 0)
                {
                    distinct--;
                }
            }

            best = Math.Max(best, distinct);
        }

        return (double)best / possible;
    }

    private double TermCoverage()
    {
        var covered = 0.0;
        for (var slot = 0; slot < query.SlotCount; slot++)
        {
            if (Contains(slot))
            {
                covered += query.Idf[slot];
            }
        }

        return covered / query.IdfTotal;
    }
}

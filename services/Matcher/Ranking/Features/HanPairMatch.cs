using System.Numerics;
using Huli.Matchmaking.Matcher.Ranking.Profiles;

namespace Huli.Matchmaking.Matcher.Ranking.Features;

/// <summary>
/// A need's Han character pairs prepared once for scoring many results: BM25 over character pairs and the
/// IDF-weighted share of the need's pairs a result contains. Both are 0 for a need without Han text. One per
/// ranking, like <see cref="FeatureScorer"/>: it reuses scratch space, so it is not thread-safe.
/// </summary>
public sealed class HanPairMatch
{
    private readonly ResultCatalog _catalog;
    private readonly PairSlots _slots;
    private readonly int[] _queryCount;
    private readonly double[] _idf;
    private readonly double _idfTotal;
    private readonly double _weightedIdfTotal;
    private readonly int[] _tf;
    private int _length;

    public HanPairMatch(NeedProfile need, ResultCatalog catalog)
    {
        _catalog = catalog;
        var needPairs = catalog.HanPairs.Collect(need.Tokens);
        var distinct = needPairs.Distinct().ToArray();
        _slots = new PairSlots(distinct);
        _queryCount = new int[distinct.Length];
        foreach (var pair in needPairs)
        {
            _queryCount[_slots.SlotOf(pair)]++;
        }

        _idf = [.. distinct.Select(catalog.PairIdf)];
        _idfTotal = _idf.Sum();
        _weightedIdfTotal = _idf.Select((idf, slot) => idf * _queryCount[slot]).Sum();
        _tf = new int[distinct.Length];
    }

    /// <summary>BM25 over character pairs divided by the need's pair IDF mass, and the IDF-weighted share of the
    /// need's distinct pairs the result has.</summary>
    public (double Bm25, double Coverage) Score(AnalysedFields result)
    {
        if (_idfTotal <= 0)
        {
            return (0, 0);
        }

        Array.Clear(_tf);
        _length = 0;
        Count(result.Title);
        foreach (var keyword in result.Keywords)
        {
            Count(keyword);
        }

        Count(result.Text);
        var norm = Bm25Formula.LengthNorm(_length, _catalog.AveragePairLength);
        double bm25 = 0, covered = 0;
        for (var slot = 0; slot < _tf.Length; slot++)
        {
            if (_tf[slot] > 0)
            {
                bm25 += _idf[slot] * _queryCount[slot] * Bm25Formula.Saturated(_tf[slot], norm);
                covered += _idf[slot];
            }
        }

        return (bm25 / _weightedIdfTotal, covered / _idfTotal);
    }

    /// <summary>What <see cref="HanPairs.Collect(int[], List{int})"/> would list, counted in place: this runs for
    /// every candidate of every ranking.</summary>
    private void Count(int[] field)
    {
        var previousLast = '\0';
        foreach (var token in field)
        {
            var chars = _catalog.HanPairs.Of(token);
            if (previousLast != '\0' && chars.First != '\0')
            {
                Tally(HanPairs.Key(previousLast, chars.First));
            }

            foreach (var pair in chars.Pairs)
            {
                Tally(pair);
            }

            previousLast = chars.Last;
        }
    }

    private void Tally(int pair)
    {
        _length++;
        var slot = _slots.SlotOf(pair);
        if (slot >= 0)
        {
            _tf[slot]++;
        }
    }

    /// <summary>A small open-addressing table from pair to slot: a need has a few hundred pairs and a candidate a
    /// few hundred to look up, where a dictionary's hashing and bucket chains cost more than the rest.</summary>
    private sealed class PairSlots
    {
        private readonly int[] _keys;
        private readonly int[] _values;
        private readonly int _mask;
        private readonly int _shift;

        public PairSlots(int[] pairs)
        {
            var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, pairs.Length * 4));
            (_keys, _values, _mask, _shift) = (new int[size], new int[size], size - 1, 32 - BitOperations.Log2((uint)size));
            for (var slot = 0; slot < pairs.Length; slot++)
            {
                var at = Home(pairs[slot]);
                while (_keys[at] != 0)
                {
                    at = (at + 1) & _mask;
                }

                (_keys[at], _values[at]) = (pairs[slot], slot);
            }
        }

        /// <summary>The slot of a pair, or -1. Pair keys are never 0 (two Han characters), so 0 marks an empty cell.</summary>
        public int SlotOf(int pair)
        {
            for (var at = Home(pair); _keys[at] != 0; at = (at + 1) & _mask)
            {
                if (_keys[at] == pair)
                {
                    return _values[at];
                }
            }

            return -1;
        }

        /// <summary>Fibonacci hashing: the top bits of the key times 2^32 / golden ratio, spread for any key pattern.</summary>
        private int Home(int pair) => (int)(((uint)pair * 2654435769u) >> _shift);
    }
}

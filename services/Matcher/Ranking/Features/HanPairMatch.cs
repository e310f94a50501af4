using Huli.Matchmaking.Matcher.Ranking.Profiles;

namespace Huli.Matchmaking.Matcher.Ranking.Features;

/// <summary>
/// A need's Han character pairs prepared once for scoring many results: BM25 over character pairs and the
/// IDF-weighted share of the need's pairs a result contains. Both are 0 for a need without Han text. One per
/// ranking, like <see cref="FeatureScorer"/>: it reuses scratch space, so it is not thread-safe.
/// </summary>
public sealed class HanPairMatch
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly ResultCatalog _catalog;
    private readonly Dictionary<int, int> _slotOf = [];
    private readonly int[] _queryCount;
    private readonly double[] _idf;
    private readonly double _idfTotal;
    private readonly double _weightedIdfTotal;
    private readonly int[] _tf;
    private readonly List<int> _pairs = [];

    public HanPairMatch(NeedProfile need, ResultCatalog catalog)
    {
        _catalog = catalog;
        var counts = new List<int>();
        foreach (var pair in catalog.HanPairs.Collect(need.Tokens))
        {
            if (!_slotOf.TryGetValue(pair, out var slot))
            {
                slot = counts.Count;
                _slotOf[pair] = slot;
                counts.Add(0);
            }

            counts[slot]++;
        }

        _queryCount = [.. counts];
        _idf = new double[counts.Count];
        foreach (var (pair, slot) in _slotOf)
        {
            _idf[slot] = catalog.PairIdf(pair);
        }

        _idfTotal = _idf.Sum();
        _weightedIdfTotal = _idf.Select((idf, slot) => idf * _queryCount[slot]).Sum();
        _tf = new int[counts.Count];
    }

    /// <summary>BM25 over character pairs divided by the need's pair IDF mass, and the IDF-weighted share of the
    /// need's distinct pairs the result has.</summary>
    public (double Bm25, double Coverage) Score(AnalysedFields result)
    {
        if (_idfTotal <= 0)
        {
            return (0, 0);
        }

        _pairs.Clear();
        _catalog.HanPairs.Collect(result.Title, _pairs);
        foreach (var keyword in result.Keywords)
        {
            _catalog.HanPairs.Collect(keyword, _pairs);
        }

        _catalog.HanPairs.Collect(result.Text, _pairs);
        Array.Clear(_tf);
        foreach (var pair in _pairs)
        {
            if (_slotOf.TryGetValue(pair, out var slot))
            {
                _tf[slot]++;
            }
        }

        var norm = K1 * (1 - B + (B * _pairs.Count / _catalog.AveragePairLength));
        double bm25 = 0, covered = 0;
        for (var slot = 0; slot < _tf.Length; slot++)
        {
            if (_tf[slot] > 0)
            {
                bm25 += _idf[slot] * _queryCount[slot] * _tf[slot] * (K1 + 1) / (_tf[slot] + norm);
                covered += _idf[slot];
            }
        }

        return (bm25 / _weightedIdfTotal, covered / _idfTotal);
    }
}

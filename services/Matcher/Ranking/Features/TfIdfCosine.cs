using Huli.Matchmaking.Matcher.Ranking.Profiles;

namespace Huli.Matchmaking.Matcher.Ranking.Features;

/// <summary>
/// Cosine of the need's and the result's TF-IDF vectors (sublinear term frequency, 1 + ln tf) over all their
/// tokens. BM25 normalises the result's length only and sums over the need's terms, so a long need (a whole
/// abstract) rewards results that share its many common words; the cosine also weighs what the result says that
/// the need does not. One per ranking: it reuses scratch space, so it is not thread-safe.
/// </summary>
public sealed class TfIdfCosine
{
    private readonly ResultCatalog _catalog;
    private readonly NeedQuery _query;
    private readonly double[] _needWeight;
    private readonly double _needNorm;
    private readonly Dictionary<int, int> _counts = [];

    public TfIdfCosine(NeedQuery query, ResultCatalog catalog)
    {
        _catalog = catalog;
        _query = query;
        _needWeight = [.. query.QueryCount.Select((count, slot) => (1 + Math.Log(count)) * query.Idf[slot])];
        _needNorm = Math.Sqrt(_needWeight.Sum(w => w * w));
    }

    public double Score(AnalysedFields result)
    {
        if (_needNorm <= 0)
        {
            return 0;
        }

        _counts.Clear();
        Count(result.Title);
        Count(result.KeywordTokens);
        Count(result.Text);
        double dot = 0, norm = 0;
        foreach (var (token, count) in _counts)
        {
            var weight = (1 + Math.Log(count)) * _catalog.Idf(token);
            norm += weight * weight;
            var slot = _query.SlotOf(token);
            if (slot >= 0)
            {
                dot += weight * _needWeight[slot];
            }
        }

        return norm > 0 ? dot / (Math.Sqrt(norm) * _needNorm) : 0;
    }

    private void Count(int[] field)
    {
        foreach (var token in field)
        {
            _counts[token] = _counts.GetValueOrDefault(token) + 1;
        }
    }
}

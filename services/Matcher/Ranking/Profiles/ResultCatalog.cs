using System.Runtime.InteropServices;
using Huli.Matchmaking.Matcher.Ranking.Features;

namespace Huli.Matchmaking.Matcher.Ranking.Profiles;

/// <summary>
/// The listed research results as re-ranking sees them, with the corpus statistics its BM25 features need
/// (document frequency per token, average field lengths). Loaded from the Matcher's database at start and kept
/// current by the consumers. Writes and rankings take turns (the Matcher's <c>MatchingGate</c>, or a single
/// thread in the evaluation), so reads take no lock.
/// </summary>
public sealed class ResultCatalog(TokenVocabulary vocabulary)
{
    private readonly HanPairs hanPairs = new(vocabulary);
    private readonly Dictionary<Guid, ResultProfile> _results = [];
    private int[] _documentFrequency = new int[1024];
    private long _titleLength;
    private long _keywordLength;
    private long _textLength;
    private int _withTitle;
    private int _withKeywords;
    private int _withText;
    private readonly Dictionary<int, int> _pairFrequency = [];
    private readonly HashSet<int> _distinctTokens = [];
    private readonly HashSet<int> _distinctPairs = [];
    private readonly List<int> _pairs = [];
    private long _pairLength;
    private int _withPairs;

    public int Count => _results.Count;

    public IEnumerable<ResultProfile> All => _results.Values;

    public ResultProfile? Find(Guid resultId) => _results.GetValueOrDefault(resultId);

    public void Upsert(ResultProfile result)
    {
        Remove(result.ResultId);
        _results[result.ResultId] = result;
        Tally(result, +1);
    }

    public bool Remove(Guid resultId)
    {
        if (!_results.Remove(resultId, out var old))
        {
            return false;
        }

        Tally(old, -1);
        return true;
    }

    /// <summary>BM25's inverse document frequency (Lucene's form, never negative).</summary>
    public double Idf(int tokenId)
    {
        var df = tokenId >= 0 && tokenId < _documentFrequency.Length ? _documentFrequency[tokenId] : 0;
        return Bm25Formula.Idf(_results.Count, df);
    }

    public HanPairs HanPairs => hanPairs;

    /// <summary>BM25's inverse document frequency of a Han character pair (<see cref="Profiles.HanPairs"/>).</summary>
    public double PairIdf(int pair)
    {
        var df = _pairFrequency.GetValueOrDefault(pair);
        return Bm25Formula.Idf(_results.Count, df);
    }

    /// <summary>Average count of Han character pairs over the results that have any.</summary>
    public double AveragePairLength => Average(_pairLength, _withPairs);

    /// <summary>Average length over the results that have the field, as Lucene computes it: a corpus where most
    /// results have no abstract must not make every abstract look long.</summary>
    public double AverageTitleLength => Average(_titleLength, _withTitle);

    public double AverageKeywordLength => Average(_keywordLength, _withKeywords);

    public double AverageTextLength => Average(_textLength, _withText);

    private static double Average(long total, int count) => count == 0 ? 1 : Math.Max(1, (double)total / count);

    private void Tally(ResultProfile result, int sign)
    {
        _titleLength += sign * result.Tokens.Title.Length;
        _keywordLength += sign * result.Tokens.KeywordTokens.Length;
        _textLength += sign * result.Tokens.Text.Length;
        _withTitle += sign * Math.Sign(result.Tokens.Title.Length);
        _withKeywords += sign * Math.Sign(result.Tokens.KeywordTokens.Length);
        _withText += sign * Math.Sign(result.Tokens.Text.Length);
        _distinctTokens.Clear();
        _distinctTokens.UnionWith(result.Tokens.Title);
        _distinctTokens.UnionWith(result.Tokens.KeywordTokens);
        _distinctTokens.UnionWith(result.Tokens.Text);
        foreach (var token in _distinctTokens)
        {
            if (token >= _documentFrequency.Length)
            {
                Array.Resize(ref _documentFrequency, Math.Max(token + 1, _documentFrequency.Length * 2));
            }

            _documentFrequency[token] += sign;
        }

        _pairs.Clear();
        hanPairs.Collect(result.Tokens, _pairs);
        _pairLength += sign * _pairs.Count;
        _withPairs += sign * Math.Sign(_pairs.Count);
        _distinctPairs.Clear();
        foreach (var pair in _pairs)
        {
            if (_distinctPairs.Add(pair))
            {
                CountPair(pair, sign);
            }
        }
    }

    // One lookup per pair, not a read and a write: a result has hundreds of pairs and the table, hundreds of
    // thousands, few of them in the processor's cache. The lists and sets of a result's tokens and pairs
    // are reused, as writes take turns.
    private void CountPair(int pair, int sign)
    {
        ref var df = ref CollectionsMarshal.GetValueRefOrAddDefault(_pairFrequency, pair, out _);
        df += sign;
        if (df <= 0)
        {
            _pairFrequency.Remove(pair);
        }
    }
}

namespace Huli.Matchmaking.Sorting.Keywords;

/// <summary>A word or phrase seen in one record, with its weighted frequency and the ways it was written.
/// Lives for one extraction only, so it needs no locking.</summary>
internal sealed class KeywordCandidate
{
    private readonly double _idf;

    // The first way of writing it, and its weight; nearly every candidate is only ever written one way.
    private string? _firstSurface;
    private double _firstWeight;

    // Each further way of writing it, with its weight and the order it was first seen in; made when one appears.
    private Dictionary<string, (double Weight, int Order)>? _otherSurfaces;

    public KeywordCandidate(ReadOnlySpan<CandidateWord> words, int firstPosition)
    {
        Words = new string[words.Length];
        for (var index = 0; index < words.Length; index++)
        {
            Words[index] = words[index].Key;
            IsHan |= words[index].IsHan;
            _idf += words[index].Idf;
        }

        FirstPosition = firstPosition;
    }

    public string[] Words { get; }

    public bool IsHan { get; }

    public int FirstPosition { get; }

    public int Occurrences { get; private set; }

    public double WeightedFrequency { get; private set; }

    public double Score => WeightedFrequency * _idf;

    /// <summary>The most frequent way of writing it; the first seen on a tie.</summary>
    public string Surface
    {
        get
        {
            var best = _firstSurface!;
            var bestWeight = _firstWeight;
            var bestOrder = 0;
            foreach (var (surface, (weight, order)) in _otherSurfaces ?? [])
            {
                if (weight > bestWeight || weight == bestWeight && order < bestOrder)
                {
                    (best, bestWeight, bestOrder) = (surface, weight, order);
                }
            }

            return best;
        }
    }

    public void Add(string surface, double weight)
    {
        Occurrences++;
        WeightedFrequency += weight;
        if (_firstSurface is null || _firstSurface == surface)
        {
            _firstSurface ??= surface;
            _firstWeight += weight;
            return;
        }

        _otherSurfaces ??= new Dictionary<string, (double Weight, int Order)>(StringComparer.Ordinal);
        _otherSurfaces[surface] = _otherSurfaces.TryGetValue(surface, out var seen)
            ? (seen.Weight + weight, seen.Order)
            : (weight, _otherSurfaces.Count + 1);
    }

    /// <summary>Two keywords that share a word, or of which one contains the other (功率器件 and 功率), say the
    /// same thing twice; the better one is kept.</summary>
    public bool Overlaps(KeywordCandidate other)
    {
        foreach (var word in Words)
        {
            foreach (var otherWord in other.Words)
            {
                if (word == otherWord
                    || IsHan && other.IsHan && (word.Contains(otherWord, StringComparison.Ordinal) || otherWord.Contains(word, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

namespace Huli.Matchmaking.Sorting.Keywords;

/// <summary>A word or phrase seen in one record, with its weighted frequency and the ways it was written.
/// Lives for one extraction only, so it needs no locking.</summary>
internal sealed class KeywordCandidate
{
    // Each way of writing it, with its weight and the order it was first seen in.
    private readonly Dictionary<string, (double Weight, int Order)> _surfaces = new(StringComparer.Ordinal);
    private readonly double _idf;

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
    public string Surface => _surfaces
        .OrderByDescending(pair => pair.Value.Weight)
        .ThenBy(pair => pair.Value.Order)
        .First().Key;

    public void Add(string surface, double weight)
    {
        Occurrences++;
        WeightedFrequency += weight;
        _surfaces[surface] = _surfaces.TryGetValue(surface, out var seen)
            ? (seen.Weight + weight, seen.Order)
            : (weight, _surfaces.Count);
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

namespace Huli.Matchmaking.Sorting.Duplicates;

/// <summary>
/// A feature's 64-bit hash for <see cref="SimHash"/>: FNV-1a over its characters, then SplitMix64's finaliser,
/// because FNV alone mixes the last characters poorly into the high bits. Built up piece by piece, so a shingle
/// ("b:" + word + " " + word) is hashed without being put together as a string: the same value as hashing the
/// concatenation, since FNV reads one character at a time.
/// </summary>
internal struct FeatureHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private ulong _state;

    public static FeatureHash Start() => new() { _state = OffsetBasis };

    public static ulong Of(ReadOnlySpan<char> feature) => Start().Add(feature).Finish();

    public FeatureHash Add(ReadOnlySpan<char> text)
    {
        var hash = _state;
        foreach (var character in text)
        {
            hash ^= character;
            hash *= Prime;
        }

        return new FeatureHash { _state = hash };
    }

    public FeatureHash Add(char character) => new() { _state = (_state ^ character) * Prime };

    public readonly ulong Finish()
    {
        var hash = _state;
        hash ^= hash >> 30;
        hash *= 0xBF58476D1CE4E5B9UL;
        hash ^= hash >> 27;
        hash *= 0x94D049BB133111EBUL;
        hash ^= hash >> 31;
        return hash;
    }
}

using System.Numerics;
using System.Runtime.Intrinsics;

namespace Huli.Matchmaking.Sorting.Duplicates;

/// <summary>
/// A 64-bit SimHash (Charikar): each feature's 64-bit hash votes, with the feature's weight, for each bit being
/// 1 or 0, and the fingerprint keeps the winning side of each bit. Texts whose weighted features mostly agree get
/// fingerprints a few bits apart, whatever their length. Feature hashing is FNV-1a then a SplitMix64 finaliser,
/// fixed by this code rather than by the runtime's randomised string hashing, so fingerprints can be stored and
/// compared across processes and versions (as long as <see cref="RecordShingles"/> stays the same).
/// </summary>
public readonly record struct SimHash(ulong Value)
{
    // For each 4-bit value, +1 where a bit is set and -1 where it is not, lowest bit first.
    private static readonly Vector256<double>[] NibbleSigns = Enumerable.Range(0, 16)
        .Select(nibble => Vector256.Create(Sign(nibble, 0), Sign(nibble, 1), Sign(nibble, 2), Sign(nibble, 3)))
        .ToArray();

    public int DistanceTo(SimHash other) => BitOperations.PopCount(Value ^ other.Value);

    /// <summary>The fingerprint of a research result or need: its title, text and keyword list, normalised and
    /// analysed (so punctuation, spacing, full-width characters and keyword order do not matter).</summary>
    public static SimHash Of(string? title, string? text, IEnumerable<string>? keywords = null)
    {
        return Of(RecordTokens.Of(title, text, keywords));
    }

    internal static SimHash Of(RecordTokens tokens) => FromHashedFeatures(RecordShingles.Of(tokens));

    /// <summary>The fingerprint of any weighted feature set; features with weight ≤ 0 are ignored.</summary>
    public static SimHash FromFeatures(IEnumerable<KeyValuePair<string, double>> features)
    {
        return FromHashedFeatures(features.Select(feature => KeyValuePair.Create(FeatureHash.Of(feature.Key), feature.Value)));
    }

    internal static SimHash FromHashedFeatures(IEnumerable<KeyValuePair<ulong, double>> features)
    {
        // Four bits' votes per vector: each feature adds ±weight to all 64 at once, where a branch per bit would
        // be mispredicted half the time (hash bits are random). Multiplying by ±1 is exact, so the sums are the
        // same as adding or subtracting bit by bit, in the same order.
        Span<Vector256<double>> votes = stackalloc Vector256<double>[16];
        foreach (var (hash, weight) in features)
        {
            if (weight <= 0)
            {
                continue;
            }

            var weights = Vector256.Create(weight);
            for (var nibble = 0; nibble < 16; nibble++)
            {
                votes[nibble] += NibbleSigns[(int)(hash >> (nibble * 4)) & 0xF] * weights;
            }
        }

        var value = 0UL;
        for (var nibble = 0; nibble < 16; nibble++)
        {
            var positive = Vector256.GreaterThan(votes[nibble], Vector256<double>.Zero).ExtractMostSignificantBits();
            value |= (ulong)positive << (nibble * 4);
        }

        return new SimHash(value);
    }

    public override string ToString() => Value.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    private static double Sign(int nibble, int bit) => (nibble >> bit & 1) == 1 ? 1.0 : -1.0;
}

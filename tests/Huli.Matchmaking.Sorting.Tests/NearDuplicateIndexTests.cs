using System.Numerics;
using Huli.Matchmaking.Sorting.Duplicates;

namespace Huli.Matchmaking.Sorting.Tests;

public class NearDuplicateIndexTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(NearDuplicateIndex.DefaultMaxDistance)]
    [InlineData(13)]
    public void Lookups_find_exactly_what_a_full_scan_finds(int maxDistance)
    {
        var random = new Random(20240611);
        var index = new NearDuplicateIndex(maxDistance);
        var stored = new List<(string Id, ulong Value)>();
        for (var item = 0; item < 3000; item++)
        {
            var value = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
            stored.Add(($"r{item}", value));
            index.Add($"r{item}", new SimHash(value));
        }

        for (var query = 0; query < 300; query++)
        {
            // Half the queries sit a few bits from a stored fingerprint, at, under or just over the threshold.
            var probe = query % 2 == 0
                ? Flip(stored[random.Next(stored.Count)].Value, random.Next(0, maxDistance + 3), random)
                : (ulong)random.NextInt64();

            var expected = stored
                .Select(entry => new NearDuplicate(entry.Id, BitOperations.PopCount(entry.Value ^ probe)))
                .Where(duplicate => duplicate.Distance <= maxDistance)
                .OrderBy(duplicate => duplicate.Distance)
                .ThenBy(duplicate => duplicate.Id, StringComparer.Ordinal);

            Assert.Equal(expected, index.Find(new SimHash(probe)));
        }
    }

    [Fact]
    public void Adding_reports_the_near_duplicates_already_present_nearest_first()
    {
        var index = new NearDuplicateIndex();
        var original = 0x0123_4567_89AB_CDEFUL;

        Assert.Empty(index.Add("a", new SimHash(original)));
        Assert.Empty(index.Add("far", new SimHash(~original)));
        Assert.Equal([new NearDuplicate("a", 3)], index.Add("b", new SimHash(original ^ 0b111)));
        Assert.Equal([new NearDuplicate("a", 1), new NearDuplicate("b", 2)], index.Add("c", new SimHash(original ^ 0b1)));
        Assert.Equal(4, index.Count);
    }

    [Fact]
    public void A_record_added_again_replaces_its_old_fingerprint_and_never_matches_itself()
    {
        var index = new NearDuplicateIndex();
        index.Add("a", new SimHash(0xFFFF_0000_FFFF_0000UL));

        Assert.Empty(index.Add("a", new SimHash(0x0000_FFFF_0000_FFFFUL)));
        Assert.Empty(index.Find(new SimHash(0xFFFF_0000_FFFF_0000UL)));
        Assert.Equal("a", Assert.Single(index.Find(new SimHash(0x0000_FFFF_0000_FFFFUL))).Id);
        Assert.Empty(index.Find(new SimHash(0x0000_FFFF_0000_FFFFUL), excludeId: "a"));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void A_removed_record_is_no_longer_found()
    {
        var index = new NearDuplicateIndex();
        index.Add("withdrawn", new SimHash(42));
        index.Add("kept", new SimHash(43));

        Assert.True(index.Remove("withdrawn"));
        Assert.False(index.Remove("withdrawn"));
        Assert.Equal(["kept"], index.Find(new SimHash(42)).Select(duplicate => duplicate.Id));
        Assert.Equal(1, index.Count);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(21)]
    public void Thresholds_that_would_only_find_noise_are_refused(int maxDistance)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateIndex(maxDistance));
    }

    [Fact]
    public void Copies_added_from_many_threads_at_once_still_find_each_other()
    {
        var index = new NearDuplicateIndex();
        var random = new Random(7);
        var originals = Enumerable.Range(0, 500).Select(_ => (ulong)random.NextInt64()).ToArray();
        var reported = new bool[originals.Length];

        // Each result arrives twice, from two channels, a few bits apart; the two arrivals race.
        var arrivals = Enumerable.Range(0, originals.Length * 2).OrderBy(_ => random.Next()).ToArray();
        Parallel.ForEach(arrivals, new ParallelOptions { MaxDegreeOfParallelism = 8 }, arrival =>
        {
            var result = arrival / 2;
            var fingerprint = arrival % 2 == 0 ? originals[result] : originals[result] ^ 0b1011;
            if (index.Add($"{result}/{arrival % 2}", new SimHash(fingerprint)).Any(duplicate => duplicate.Id.StartsWith($"{result}/", StringComparison.Ordinal)))
            {
                reported[result] = true;
            }

            index.Find(new SimHash(originals[(result + 1) % originals.Length]));
        });

        Assert.Equal(originals.Length * 2, index.Count);
        Assert.All(reported, Assert.True);
    }

    private static ulong Flip(ulong value, int bits, Random random)
    {
        foreach (var bit in Enumerable.Range(0, 64).OrderBy(_ => random.Next()).Take(bits))
        {
            value ^= 1UL << bit;
        }

        return value;
    }
}

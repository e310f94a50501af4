using System.Numerics;

namespace Huli.Matchmaking.Sorting.Duplicates;

/// <summary>
/// Finds the records whose <see cref="SimHash"/> lies within <see cref="MaxDistance"/> bits of a fingerprint,
/// without comparing against every record. Multi-index hashing: the 64 bits are cut into four 16-bit blocks and
/// each block has its own table of buckets. Two fingerprints at most k bits apart differ in at most k/4 bits in
/// at least one block (pigeonhole), so a lookup only visits, in each table, the buckets within k/4 bits of the
/// block's value (137 buckets per table for k = 10), and checks the full distance of the few records there.
/// All members are thread-safe; one lock guards the tables, lookups take microseconds.
/// </summary>
public sealed class NearDuplicateIndex
{
    /// <summary>
    /// Measured on the repository's demo data and on two public paper corpora: copies of a record from another
    /// channel (other punctuation, spacing, full-width characters, keyword order) have distance 0; with an added
    /// sentence, or a dropped keyword, up to 10. Distinct records on the same topic are 19 or more apart in the
    /// demo set, and among 1,946 computer-science abstracts the pairs within 10 bits are mostly versions of the
    /// same paper. Fingerprints of 64 bits leave a residual chance of a false match in large collections, so a
    /// match is a candidate for a coordinator to confirm, not proof.
    /// </summary>
    public const int DefaultMaxDistance = 10;

    private const int Blocks = 4;
    private const int BlockBits = 64 / Blocks;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, ulong> _fingerprints = new(StringComparer.Ordinal);
    // One slot per value of a block (4 × 65,536, 2 MB per index); a bucket list is made when first needed.
    private readonly List<Entry>?[][] _tables;
    private readonly ushort[] _probeMasks;
    private readonly int _blockRadius;

    public NearDuplicateIndex(int maxDistance = DefaultMaxDistance)
    {
        // Beyond about 20 bits a block radius of 5 visits thousands of buckets per table, and two random
        // fingerprints are already that close now and then: such a threshold finds noise, not duplicates.
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDistance, 20);

        MaxDistance = maxDistance;
        _blockRadius = maxDistance / Blocks;
        _probeMasks = MasksWithinRadius(_blockRadius);
        _tables = new List<Entry>?[Blocks][];
        for (var block = 0; block < Blocks; block++)
        {
            _tables[block] = new List<Entry>?[1 << BlockBits];
        }
    }

    public int MaxDistance { get; }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _fingerprints.Count;
            }
        }
    }

    /// <summary>Adds (or replaces) a record's fingerprint and returns the other records that were already within
    /// <see cref="MaxDistance"/> of it. Checking and adding in one step means that two copies of one result
    /// arriving at once still find each other.</summary>
    public IReadOnlyList<NearDuplicate> Add(string id, SimHash fingerprint)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_lock)
        {
            RemoveLocked(id);
            var duplicates = FindLocked(fingerprint.Value);
            AddLocked(id, fingerprint.Value);
            return duplicates;
        }
    }

    /// <summary>Adds (or replaces) a record's fingerprint without looking for its near-duplicates: for records
    /// already checked, such as those just stored, where the lookup (the larger part of an addition) is wasted.</summary>
    public void Set(string id, SimHash fingerprint)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_lock)
        {
            RemoveLocked(id);
            AddLocked(id, fingerprint.Value);
        }
    }

    /// <summary>The records within <see cref="MaxDistance"/> of a fingerprint, nearest first; a record's own
    /// entry is skipped when its id is given.</summary>
    public IReadOnlyList<NearDuplicate> Find(SimHash fingerprint, string? excludeId = null)
    {
        lock (_lock)
        {
            var found = FindLocked(fingerprint.Value);
            return excludeId is null ? found : found.Where(duplicate => duplicate.Id != excludeId).ToList();
        }
    }

    public bool Remove(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_lock)
        {
            return RemoveLocked(id);
        }
    }

    private void AddLocked(string id, ulong fingerprint)
    {
        _fingerprints[id] = fingerprint;
        var entry = new Entry(id, fingerprint);
        for (var block = 0; block < Blocks; block++)
        {
            (_tables[block][BlockOf(fingerprint, block)] ??= []).Add(entry);
        }
    }

    private List<NearDuplicate> FindLocked(ulong fingerprint)
    {
        var found = new List<NearDuplicate>();
        for (var block = 0; block < Blocks; block++)
        {
            var key = BlockOf(fingerprint, block);
            foreach (var mask in _probeMasks)
            {
                if (_tables[block][key ^ mask] is not { } bucket)
                {
                    continue;
                }

                foreach (var entry in bucket)
                {
                    var distance = BitOperations.PopCount(entry.Fingerprint ^ fingerprint);
                    if (distance <= MaxDistance && !FoundInEarlierBlock(entry.Fingerprint, fingerprint, block))
                    {
                        found.Add(new NearDuplicate(entry.Id, distance));
                    }
                }
            }
        }

        found.Sort((left, right) => left.Distance != right.Distance
            ? left.Distance.CompareTo(right.Distance)
            : string.CompareOrdinal(left.Id, right.Id));
        return found;
    }

    // Each record is reported once: by the first block in which it is within the radius.
    private bool FoundInEarlierBlock(ulong candidate, ulong fingerprint, int block)
    {
        for (var earlier = 0; earlier < block; earlier++)
        {
            if (BitOperations.PopCount((uint)(BlockOf(candidate, earlier) ^ BlockOf(fingerprint, earlier))) <= _blockRadius)
            {
                return true;
            }
        }

        return false;
    }

    private bool RemoveLocked(string id)
    {
        if (!_fingerprints.Remove(id, out var fingerprint))
        {
            return false;
        }

        for (var block = 0; block < Blocks; block++)
        {
            var key = BlockOf(fingerprint, block);
            _tables[block][key]!.RemoveAll(entry => entry.Id == id);
            if (_tables[block][key]!.Count == 0)
            {
                _tables[block][key] = null;
            }
        }

        return true;
    }

    private static ushort BlockOf(ulong fingerprint, int block) => (ushort)(fingerprint >> (block * BlockBits));

    // Every 16-bit mask with at most `radius` bits set, the unchanged block first.
    private static ushort[] MasksWithinRadius(int radius)
    {
        return Enumerable.Range(0, 1 << BlockBits)
            .Where(mask => BitOperations.PopCount((uint)mask) <= radius)
            .OrderBy(mask => BitOperations.PopCount((uint)mask))
            .Select(mask => (ushort)mask)
            .ToArray();
    }

    private readonly record struct Entry(string Id, ulong Fingerprint);
}

using System.Collections.Concurrent;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Results.Domain;
using Huli.Matchmaking.Sorting.Duplicates;

namespace Huli.Matchmaking.Results.Features.Sorting;

/// <summary>The fingerprints of every listed result, held in memory so a new arrival is checked against all of
/// them without a scan; filled from the database at start. Each keeps its institute and channels, because most
/// near-duplicates of a large import are the same institute's records on the same channel, which are never
/// merged: answering those from memory spares a database query per row.</summary>
public sealed class ResultFingerprints
{
    private static readonly RecordSource[] Channels = Enum.GetValues<RecordSource>();

    private readonly NearDuplicateIndex index = new();
    private readonly ConcurrentDictionary<Guid, Listed> listed = new();

    // How many of each institute's listed results have not arrived by each channel. When none lacks the channel a
    // record arrives by, it has nothing to be merged into and the fingerprint lookup is skipped: so it is for
    // every row of a file when the institute's earlier results came by file too, the common case of a large import.
    private readonly Dictionary<string, int[]> lackingChannel = new(StringComparer.Ordinal);
    private readonly Lock tallies = new();

    public int Count => index.Count;

    public void Remember(ResearchResult result) =>
        Remember(result.Id, result.Fingerprint, result.Institute, result.Sources);

    public void Remember(Guid resultId, long fingerprint, string institute, IReadOnlyCollection<RecordSource> sources)
    {
        var now = new Listed(institute, [.. sources]);
        lock (tallies)
        {
            if (listed.TryGetValue(resultId, out var before))
            {
                Tally(before, -1);
            }

            listed[resultId] = now;
            Tally(now, +1);
        }

        index.Set(resultId.ToString(), new SimHash(unchecked((ulong)fingerprint)));
    }

    public void Forget(Guid resultId)
    {
        index.Remove(resultId.ToString());
        lock (tallies)
        {
            if (listed.TryRemove(resultId, out var before))
            {
                Tally(before, -1);
            }
        }
    }

    /// <summary>The institute's listed results, nearest first, that are nearly the same text and have not yet
    /// arrived on <paramref name="source"/>: the only ones an arrival on that channel may be merged into.</summary>
    public IReadOnlyList<Guid> MergeCandidatesFor(long fingerprint, string institute, RecordSource source)
    {
        if (!AnyLacks(institute, source))
        {
            return [];
        }

        return index.Find(new SimHash(unchecked((ulong)fingerprint)))
            .OrderBy(d => d.Distance)
            .Select(d => Guid.Parse(d.Id))
            .Where(id => listed.TryGetValue(id, out var known) && known.Institute == institute && !known.Sources.Contains(source))
            .ToList();
    }

    private bool AnyLacks(string institute, RecordSource source)
    {
        lock (tallies)
        {
            return lackingChannel.TryGetValue(institute, out var lacking) && lacking[(int)source] > 0;
        }
    }

    private void Tally(Listed result, int sign)
    {
        if (!lackingChannel.TryGetValue(result.Institute, out var lacking))
        {
            lackingChannel[result.Institute] = lacking = new int[Channels.Length];
        }

        foreach (var channel in Channels)
        {
            if (!result.Sources.Contains(channel))
            {
                lacking[(int)channel] += sign;
            }
        }
    }

    private sealed record Listed(string Institute, RecordSource[] Sources);
}

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
    private readonly NearDuplicateIndex index = new();
    private readonly ConcurrentDictionary<Guid, Listed> listed = new();

    public int Count => index.Count;

    public void Remember(ResearchResult result) =>
        Remember(result.Id, result.Fingerprint, result.Institute, result.Sources);

    public void Remember(Guid resultId, long fingerprint, string institute, IReadOnlyCollection<RecordSource> sources)
    {
        listed[resultId] = new Listed(institute, [.. sources]);
        index.Set(resultId.ToString(), new SimHash(unchecked((ulong)fingerprint)));
    }

    public void Forget(Guid resultId)
    {
        index.Remove(resultId.ToString());
        listed.TryRemove(resultId, out _);
    }

    /// <summary>The institute's listed results, nearest first, that are nearly the same text and have not yet
    /// arrived on <paramref name="source"/>: the only ones an arrival on that channel may be merged into.</summary>
    public IReadOnlyList<Guid> MergeCandidatesFor(long fingerprint, string institute, RecordSource source) =>
        index.Find(new SimHash(unchecked((ulong)fingerprint)))
            .OrderBy(d => d.Distance)
            .Select(d => Guid.Parse(d.Id))
            .Where(id => listed.TryGetValue(id, out var known) && known.Institute == institute && !known.Sources.Contains(source))
            .ToList();

    private sealed record Listed(string Institute, RecordSource[] Sources);
}

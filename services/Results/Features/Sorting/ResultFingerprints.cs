using Huli.Matchmaking.Sorting.Duplicates;

namespace Huli.Matchmaking.Results.Features.Sorting;

/// <summary>The fingerprints of every listed result, held in memory so a new arrival is checked against all of
/// them without a scan; filled from the database at start.</summary>
public sealed class ResultFingerprints
{
    private readonly NearDuplicateIndex index = new();

    public int Count => index.Count;

    public void Remember(Guid resultId, long fingerprint) => index.Add(resultId.ToString(), new SimHash(unchecked((ulong)fingerprint)));

    public void Forget(Guid resultId) => index.Remove(resultId.ToString());

    public IReadOnlyList<Guid> NearDuplicatesOf(long fingerprint) =>
        index.Find(new SimHash(unchecked((ulong)fingerprint))).OrderBy(d => d.Distance).Select(d => Guid.Parse(d.Id)).ToList();
}

using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Results.Features.Sorting;

namespace Huli.Matchmaking.Results.Tests;

/// <summary>Which listed results an arrival may be merged into: the same institute's near-duplicates that have not
/// yet arrived by the arrival's channel.</summary>
public sealed class ResultFingerprintsTests
{
    private const long Fingerprint = 0x0123_4567_89AB_CDEF;

    [Fact]
    public void A_result_is_a_merge_candidate_only_for_its_institutes_arrivals_by_a_channel_it_has_not_come_by()
    {
        var fingerprints = new ResultFingerprints();
        var listed = Guid.NewGuid();

        fingerprints.Remember(listed, Fingerprint, "厦门大学", [RecordSource.File]);

        Assert.Equal([listed], fingerprints.MergeCandidatesFor(Fingerprint ^ 0b11, "厦门大学", RecordSource.Api));
        Assert.Empty(fingerprints.MergeCandidatesFor(Fingerprint, "厦门大学", RecordSource.File));
        Assert.Empty(fingerprints.MergeCandidatesFor(Fingerprint, "集美大学", RecordSource.Api));
    }

    [Fact]
    public void Remembering_a_result_again_with_more_channels_and_forgetting_it_keep_the_candidates_exact()
    {
        var fingerprints = new ResultFingerprints();
        var listed = Guid.NewGuid();
        var other = Guid.NewGuid();
        const long Distant = ~Fingerprint;
        fingerprints.Remember(listed, Fingerprint, "厦门大学", [RecordSource.File]);
        fingerprints.Remember(listed, Fingerprint, "厦门大学", [RecordSource.File]);
        fingerprints.Remember(other, Distant, "厦门大学", [RecordSource.File]);

        fingerprints.Remember(listed, Fingerprint, "厦门大学", [RecordSource.File, RecordSource.Api]);

        Assert.Empty(fingerprints.MergeCandidatesFor(Fingerprint, "厦门大学", RecordSource.Api));
        Assert.Equal([other], fingerprints.MergeCandidatesFor(Distant, "厦门大学", RecordSource.Api));
        Assert.Equal([listed], fingerprints.MergeCandidatesFor(Fingerprint, "厦门大学", RecordSource.Feed));

        fingerprints.Forget(listed);

        Assert.Empty(fingerprints.MergeCandidatesFor(Fingerprint, "厦门大学", RecordSource.Feed));
        Assert.Equal([other], fingerprints.MergeCandidatesFor(Distant, "厦门大学", RecordSource.Feed));
        Assert.Equal(1, fingerprints.Count);
    }
}

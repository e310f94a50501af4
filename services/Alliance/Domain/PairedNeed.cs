using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Alliance.Domain;

/// <summary>The Alliance's copy of a need, as the newest <c>NeedPublished</c> described it: who owns it and who
/// may read it, for the match views, the side-by-side review and the reports.</summary>
public sealed class PairedNeed
{
    public Guid NeedId { get; set; }

    public int Version { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public List<string> Fields { get; set; } = [];

    public int? TrlMin { get; set; }

    public int? TrlMax { get; set; }

    public NeedConfidentiality Confidentiality { get; set; }

    public required string Enterprise { get; set; }

    /// <summary>When the need was first published, as far as the Alliance heard: time to confirmation counts
    /// from here.</summary>
    public DateTimeOffset FirstPublishedAt { get; set; }
}

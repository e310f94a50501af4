using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Alliance.Domain;

/// <summary>What member routing knows of a need, from its newest <c>NeedPublished</c>: enough to match
/// subscriptions and to keep a confidential need's title away from members.</summary>
public sealed class MemberNeedProfile
{
    public Guid NeedId { get; set; }

    public int Version { get; set; }

    public List<string> Fields { get; set; } = [];

    public int? TrlMin { get; set; }

    public int? TrlMax { get; set; }

    public List<CooperationMode> CooperationModes { get; set; } = [];

    public string? Region { get; set; }

    public NeedConfidentiality Confidentiality { get; set; } = NeedConfidentiality.Sealed;

    /// <summary>The newest ranking handed to members, so a redelivered or late ranking goes out only once.</summary>
    public int RankingRevision { get; set; }
}

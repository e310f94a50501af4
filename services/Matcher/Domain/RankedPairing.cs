using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Matcher.Domain;

/// <summary>One entry of a need's current top list.</summary>
public sealed class RankedPairing
{
    public Guid NeedId { get; set; }

    public Guid ResultId { get; set; }

    public int Rank { get; set; }

    public double Score { get; set; }

    public List<string> MatchedTerms { get; set; } = [];

    public List<RankingReason> Reasons { get; set; } = [];
}

namespace Huli.Matchmaking.Alliance.Domain;

/// <summary>The newest ranking revision applied for a need, so a redelivered or late ranking is ignored.</summary>
public sealed class NeedRankingState
{
    public Guid NeedId { get; set; }

    public int Revision { get; set; }
}

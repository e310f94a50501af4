namespace Huli.Matchmaking.Contracts;

/// <summary>Where a result's intellectual property stands (知识产权状态).</summary>
public enum IpStatus
{
    None,
    PatentPending,
    PatentGranted,
    SoftwareCopyright,
    TradeSecret,
    Other,
}

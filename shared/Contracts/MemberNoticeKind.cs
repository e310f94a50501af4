namespace Huli.Matchmaking.Contracts;

public enum MemberNoticeKind
{
    /// <summary>排序: a need's results were ranked (again).</summary>
    Ranked,

    /// <summary>确认: a coordinator confirmed one of the pairings.</summary>
    Confirmed,
}

namespace Huli.Matchmaking.Contracts;

/// <summary>Why a need left matching.</summary>
public enum NeedClosure
{
    /// <summary>Its owner or a coordinator closed it.</summary>
    Closed,

    /// <summary>Its deadline passed.</summary>
    Expired,
}

namespace Huli.Matchmaking.Contracts;

/// <summary>Who may read a need before a coordinator releases it.</summary>
public enum NeedConfidentiality
{
    /// <summary>Everyone signed in sees the whole need.</summary>
    Public,

    /// <summary>Others see the title and fields only; the description stays with owner and coordinators.</summary>
    SummaryOnly,

    /// <summary>Only the owner and coordinators see it until a coordinator releases it.</summary>
    Sealed,
}

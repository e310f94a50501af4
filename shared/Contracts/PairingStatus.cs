namespace Huli.Matchmaking.Contracts;

/// <summary>Where a pairing stands on its way from the Matcher's proposal to a signed technology contract
/// (对接进度). The Alliance service owns the moves between them.</summary>
public enum PairingStatus
{
    /// <summary>待审核: the Matcher proposed it; no coordinator has decided.</summary>
    Proposed,

    /// <summary>已确认: a coordinator confirmed it; a sealed need is released to the institute.</summary>
    Confirmed,

    /// <summary>已拒绝: a coordinator rejected it, with a reason.</summary>
    Rejected,

    /// <summary>已联系: enterprise and institute were put in touch.</summary>
    Contacted,

    /// <summary>已签保密协议.</summary>
    NdaSigned,

    /// <summary>实地考察.</summary>
    Visit,

    /// <summary>洽谈中.</summary>
    Negotiating,

    /// <summary>已签合同: with its amount and type.</summary>
    ContractSigned,

    /// <summary>已关闭: finished, or given up with a reason.</summary>
    Closed,
}

using System.Text.Json;
using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Alliance.Domain;

/// <summary>A pairing state as people read it in notices and reports, and as the API spells it.</summary>
public static class StatusNames
{
    public static string Chinese(PairingStatus status) => status switch
    {
        PairingStatus.Proposed => "待审核",
        PairingStatus.Confirmed => "已确认",
        PairingStatus.Rejected => "已拒绝",
        PairingStatus.Contacted => "已联系",
        PairingStatus.NdaSigned => "已签保密协议",
        PairingStatus.Visit => "实地考察",
        PairingStatus.Negotiating => "洽谈中",
        PairingStatus.ContractSigned => "已签合同",
        _ => "已关闭",
    };

    public static string English(PairingStatus status) => status switch
    {
        PairingStatus.NdaSigned => "NDA signed",
        PairingStatus.ContractSigned => "contract signed",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>The camelCase name the JSON uses.</summary>
    public static string Api<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}

using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Import.Rows;

namespace Huli.Matchmaking.Needs.Features.Importing;

/// <summary>The words enterprises write in files for the form's choices, in Chinese and English.</summary>
internal static class NeedVocabulary
{
    /// <summary>As results offer them, plus the words a seeker uses: 受让/购买 to take a transfer, 委托开发 and
    /// 联合攻关 for development done together.</summary>
    public static readonly IReadOnlyDictionary<string, CooperationMode> CooperationModes = ChoiceWords.Of<CooperationMode>(new()
    {
        ["转让"] = CooperationMode.Transfer, ["技术转让"] = CooperationMode.Transfer, ["受让"] = CooperationMode.Transfer,
        ["购买"] = CooperationMode.Transfer,
        ["许可"] = CooperationMode.Licensing, ["技术许可"] = CooperationMode.Licensing, ["授权"] = CooperationMode.Licensing,
        ["合作开发"] = CooperationMode.JointDevelopment, ["联合开发"] = CooperationMode.JointDevelopment,
        ["委托开发"] = CooperationMode.JointDevelopment, ["联合攻关"] = CooperationMode.JointDevelopment,
        ["技术服务"] = CooperationMode.TechnicalService, ["技术咨询"] = CooperationMode.TechnicalService,
        ["作价入股"] = CooperationMode.Equity, ["入股"] = CooperationMode.Equity, ["股权"] = CooperationMode.Equity,
        ["股权合作"] = CooperationMode.Equity,
    });

    public static readonly IReadOnlyDictionary<string, NeedConfidentiality> Confidentiality = ChoiceWords.Of<NeedConfidentiality>(new()
    {
        ["公开"] = NeedConfidentiality.Public, ["完全公开"] = NeedConfidentiality.Public,
        ["摘要公开"] = NeedConfidentiality.SummaryOnly, ["仅公开摘要"] = NeedConfidentiality.SummaryOnly,
        ["部分公开"] = NeedConfidentiality.SummaryOnly, ["summary only"] = NeedConfidentiality.SummaryOnly,
        ["保密"] = NeedConfidentiality.Sealed, ["不公开"] = NeedConfidentiality.Sealed, ["秘密"] = NeedConfidentiality.Sealed,
    });
}

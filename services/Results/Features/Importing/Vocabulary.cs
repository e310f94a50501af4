using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.ServiceDefaults.Taxonomy;

namespace Huli.Matchmaking.Results.Features.Importing;

/// <summary>The words institutes write in files for the form's choices, in Chinese and English.</summary>
internal static class Vocabulary
{
    public static readonly IReadOnlyDictionary<string, CooperationMode> CooperationModes = Words<CooperationMode>(new()
    {
        ["转让"] = CooperationMode.Transfer, ["技术转让"] = CooperationMode.Transfer,
        ["许可"] = CooperationMode.Licensing, ["技术许可"] = CooperationMode.Licensing, ["授权"] = CooperationMode.Licensing,
        ["合作开发"] = CooperationMode.JointDevelopment, ["联合开发"] = CooperationMode.JointDevelopment,
        ["技术服务"] = CooperationMode.TechnicalService, ["技术咨询"] = CooperationMode.TechnicalService,
        ["作价入股"] = CooperationMode.Equity, ["入股"] = CooperationMode.Equity, ["股权"] = CooperationMode.Equity,
    });

    public static readonly IReadOnlyDictionary<string, ResultForm> Forms = Words<ResultForm>(new()
    {
        ["专利"] = ResultForm.Patent, ["软件"] = ResultForm.Software, ["新产品"] = ResultForm.NewProduct,
        ["工艺"] = ResultForm.Process, ["新工艺"] = ResultForm.Process, ["材料"] = ResultForm.Material,
        ["新材料"] = ResultForm.Material, ["装置"] = ResultForm.Device, ["设备"] = ResultForm.Device,
        ["方法"] = ResultForm.Method, ["其他"] = ResultForm.Other,
    });

    public static readonly IReadOnlyDictionary<string, IpStatus> IpStatuses = Words<IpStatus>(new()
    {
        ["无"] = IpStatus.None, ["申请中"] = IpStatus.PatentPending, ["专利申请中"] = IpStatus.PatentPending,
        ["已授权"] = IpStatus.PatentGranted, ["授权专利"] = IpStatus.PatentGranted,
        ["软件著作权"] = IpStatus.SoftwareCopyright, ["软著"] = IpStatus.SoftwareCopyright,
        ["技术秘密"] = IpStatus.TradeSecret, ["其他"] = IpStatus.Other,
    });

    /// <summary>An industry field by its code or by its Chinese or English name.</summary>
    public static bool TryIndustryField(string word, out string code) => IndustryFields.TryResolve(word, out code);

    /// <summary>The Chinese words plus each choice's own name, in camelCase as the API writes it or as declared.</summary>
    private static Dictionary<string, T> Words<T>(Dictionary<string, T> chinese)
        where T : struct, Enum
    {
        var words = new Dictionary<string, T>(chinese, StringComparer.OrdinalIgnoreCase);
        foreach (var value in Enum.GetValues<T>())
        {
            words.TryAdd(value.ToString(), value);
        }

        return words;
    }
}

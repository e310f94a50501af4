namespace Huli.Matchmaking.ServiceDefaults.Taxonomy;

/// <summary>The district's industry fields (湖里区重点产业链). A starting list: the full taxonomy file with the
/// national high-tech fields replaces it when collect-and-sort lands.</summary>
public static class IndustryFields
{
    public static readonly IReadOnlyDictionary<string, (string Chinese, string English)> All =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["electronic-information"] = ("电子信息", "Electronic information"),
            ["integrated-circuits"] = ("集成电路", "Integrated circuits"),
            ["smart-equipment"] = ("机械装备与智能制造", "Machinery and smart equipment"),
            ["medical-devices"] = ("医疗器械", "Medical devices"),
            ["software"] = ("软件与信息服务", "Software and information services"),
            ["new-materials"] = ("新材料", "New materials"),
            ["new-energy"] = ("新能源", "New energy"),
        };

    public static bool IsKnown(string code) => All.ContainsKey(code);
}

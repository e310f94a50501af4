using System.Text;

namespace Huli.Matchmaking.Services.Tests;

/// <summary>Builds result files the way institutes send them: Chinese headings, a row per result, and a known
/// set of rows that are wrong in different ways.</summary>
internal static class ResultFiles
{
    public const string Header = "成果编号,成果名称,成果简介,关键词,所属领域,技术成熟度,合作方式,价格下限,价格上限,联系人邮箱,完成日期,专利号";

    private static readonly string[] Topics =
    [
        "机器视觉表面缺陷检测", "永磁同步电机控制", "锂离子电池正极材料", "碳化硅功率器件封装", "医用超声成像",
        "工业互联网边缘计算", "石墨烯导热膜", "伺服系统振动抑制", "体外诊断微流控芯片", "光伏组件隐裂检测",
    ];

    private static readonly string[] Fields = ["smart-equipment", "医疗器械", "new-energy", "integrated-circuits", "medical-devices", "software", "新材料", "new-energy", "smart-equipment", "electronic-information"];

    /// <summary>Each malformed row is wrong in its own way; the key is the row number a person would see (the
    /// header is row 1).</summary>
    public static readonly IReadOnlyList<Func<int, string>> Malformations =
    [
        n => Row(n, title: ""),
        n => Row(n, summary: ""),
        n => Row(n, trl: "12"),
        n => Row(n, trl: "高"),
        n => Row(n, field: "航空航天"),
        n => Row(n, keywords: "视觉;" + new string('词', 60)),
        n => Row(n, modes: "以物易物"),
        n => Row(n, priceMin: "80", priceMax: "50"),
        n => Row(n, priceMin: "面议"),
        n => Row(n, email: "li@"),
        n => Row(n, date: "2026-02-30"),
        n => Row(n, patent: "ZL2023"),
        n => Row(n, summary: new string('长', 20_001)),
        n => Row(n) + ",多出来的一列",
        n => Row(n, keywords: string.Join(';', Enumerable.Range(1, 25).Select(i => $"词{i}"))),
    ];

    public static (byte[] Csv, IReadOnlySet<int> BadRows) Build(int rows, int bad, Encoding encoding)
    {
        var badRows = new HashSet<int>(Enumerable.Range(0, bad).Select(i => 2 + (i * 27) + 5));
        var text = new StringBuilder(Header).Append('\n');
        var malformation = 0;
        for (var n = 2; n < rows + 2; n++)
        {
            text.Append(badRows.Contains(n) ? Malformations[malformation++ % Malformations.Count](n) : Row(n)).Append('\n');
        }

        return (encoding.GetBytes(text.ToString()), badRows);
    }

    private static string Row(
        int n,
        string? title = null,
        string? summary = null,
        string? trl = null,
        string? field = null,
        string? modes = null,
        string? priceMin = null,
        string? priceMax = null,
        string? email = null,
        string? date = null,
        string? patent = null,
        string? keywords = null)
    {
        var topic = Topics[n % Topics.Length];
        return string.Join(',',
            $"R-{n:D5}",
            title ?? $"{topic}技术（第{n}号）",
            summary ?? $"\"面向{topic}的关键技术，第{n}号成果，性能提升{n % 40 + 10}%，已完成中试验证。\"",
            keywords ?? $"{topic};关键技术",
            field ?? Fields[n % Fields.Length],
            trl ?? $"{n % 9 + 1}",
            modes ?? "转让、合作开发",
            priceMin ?? "30",
            priceMax ?? "120",
            email ?? "tech@example.edu.cn",
            date ?? "2025-06-30",
            patent ?? $"ZL2023101{n:D5}.7");
    }
}

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

using Huli.Matchmaking.Testing;

namespace Huli.Matchmaking.Needs.Tests;

/// <summary>Needs files as enterprises and the alliance's secretariat send them: the headings of the common
/// technical-need form, one need a row, written as UTF-8 or GB18030 CSV, XLSX or JSON Lines.</summary>
internal static class NeedFiles
{
    public static readonly string[] Headings =
        ["需求编号", "需求名称", "问题描述", "量化指标", "所属领域", "技术成熟度", "合作方式", "预算（万元）", "截止日期", "地区", "企业名称", "联系人", "联系电话", "保密等级"];

    private static readonly (string Topic, string Problem, string Targets, string Field)[] Topics =
    [
        ("注塑件表面缺陷视觉检测", "注塑件表面划痕、缩痕、飞边依靠人工目检，漏检率高、效率低", "漏检率<0.5%，节拍<2秒/件", "smart-equipment"),
        ("锂电池极片毛刺在线检测", "极片分切后毛刺超标导致电芯短路，现有抽检无法全检", "毛刺检出精度≤5μm，线速≥60m/min", "new-energy"),
        ("伺服电机低速振动抑制", "伺服电机低速运行时转矩脉动大，影响精密加工表面质量", "低速转矩脉动降低40%", "smart-equipment"),
        ("陶瓷卫浴釉面色差检测", "釉面色差依靠老师傅目测，标准不一，客户投诉多", "色差ΔE检测误差<0.3", "机械装备与智能制造"),
        ("钨钢刀具涂层寿命提升", "高速切削铝合金时刀具涂层剥落快，换刀频繁", "刀具寿命提升一倍", "new-materials"),
        ("电子元器件焊点缺陷检测", "BGA焊点空洞与虚焊只能靠X射线抽检，效率低", "检测速度≥3片/分钟，准确率≥99%", "electronic-information"),
        ("体外诊断试剂冷链温度追溯", "试剂运输中温度超限无法追溯，批次报废损失大", "全程温度记录间隔≤1分钟", "medical-devices"),
        ("工业软件产线排程优化", "多品种小批量订单排程靠人工，交期达成率低", "交期达成率提升至95%", "software"),
    ];

    /// <summary>A good row, different for every <paramref name="n"/>.</summary>
    public static string[] Row(int n, string enterprise)
    {
        var (topic, problem, targets, field) = Topics[n % Topics.Length];
        var low = n % 4 + 3;
        return
        [
            $"XM-NEED-{n:D4}",
            $"{topic}（第{n}号需求）",
            $"{problem}。企业现有产线{n % 7 + 2}条，希望引进成熟技术或联合攻关解决，第{n}号需求。",
            targets,
            field,
            $"{low}-{low + 3}",
            n % 2 == 0 ? "合作开发、技术服务" : "技术转让；委托开发",
            $"{n % 5 * 10 + 20}-{n % 5 * 10 + 80}",
            "2026-12-31",
            "湖里区",
            enterprise,
            "王工",
            "0592-5551234",
            n % 3 == 0 ? "摘要公开" : "公开",
        ];
    }

    public static string[] With(string[] row, string heading, string value)
    {
        var changed = (string[])row.Clone();
        changed[Array.IndexOf(Headings, heading)] = value;
        return changed;
    }

    public static byte[] Csv(IEnumerable<string[]> rows, Encoding encoding)
    {
        var text = new StringBuilder(string.Join(',', Headings)).Append('\n');
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Quoted)).Append('\n');
        }

        return encoding.GetBytes(text.ToString());
    }

    /// <summary>One line per row, keyed by the English field names an API client would use.</summary>
    public static byte[] JsonLines(IEnumerable<IReadOnlyDictionary<string, object?>> rows)
    {
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return Encoding.UTF8.GetBytes(string.Join('\n', rows.Select(row => JsonSerializer.Serialize(row, options))));
    }

    /// <summary>A workbook with the needs on its first sheet, as Excel saves a filled-in form.</summary>
    public static byte[] Xlsx(IEnumerable<string[]> rows) => Workbooks.Xlsx("技术需求", Headings, rows);

    public static byte[] Damaged(byte[] workbook, double fraction) => Workbooks.Damaged(workbook, fraction);

    private static string Quoted(string cell) =>
        cell.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}

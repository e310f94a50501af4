using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Matcher.Tests;

/// <summary>Events as the Results and Needs services publish them.</summary>
internal static class Events
{
    public static ResultPublished Result(Guid id, int version, string title, string text, params string[] keywords) =>
        new(id, version, title, text, keywords, ["smart-equipment"], 6, "厦门理工学院", DateTimeOffset.UtcNow);

    public static NeedPublished Need(Guid id, int version, string title, string text) =>
        new(id, version, title, text, [], ["smart-equipment"], "厦门鑫宏泰精密塑胶有限公司", NeedConfidentiality.Public, DateTimeOffset.UtcNow);

    public static ResultPublished VisionResult(Guid id, int version = 1) => Result(id, version,
        "基于深度学习的注塑件表面划痕机器视觉检测", "采用深度学习检测注塑件表面划痕与缩痕，检测准确率99%。", "机器视觉", "注塑件", "划痕");

    public static ResultPublished MouldingResult(Guid id) => Result(id, 1,
        "注塑成型工艺参数优化", "优化注塑成型保压压力与模温，减少翘曲和缩痕。", "注塑成型", "工艺优化");

    public static ResultPublished BatteryResult(Guid id) => Result(id, 1,
        "高镍三元锂离子电池正极包覆", "原子层沉积氧化铝包覆提高锂离子电池循环寿命。", "锂离子电池", "正极材料");

    public static NeedPublished ScratchNeed(Guid id, int version = 1, string title = "注塑件表面划痕视觉检测") => Need(id, version,
        title, "家电注塑外壳表面划痕依靠人工目检，希望采用机器视觉自动检测。");
}

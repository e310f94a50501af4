namespace Huli.Matchmaking.Results.Tests;

/// <summary>Feed items as an institute's system would send them: the API's JSON names, an external id each.</summary>
internal static class FeedItems
{
    private static readonly (string Title, string Abstract, string[] Keywords, string Field)[] Topics =
    [
        ("石墨烯改性导热塑料复合材料", "以石墨烯为导热填料改性聚酰胺，导热系数提高至5 W/(m·K)，用于LED灯具与电子外壳散热。", ["石墨烯", "导热塑料", "复合材料"], "new-materials"),
        ("钠离子电池硬碳负极材料制备技术", "以生物质为前驱体制备硬碳负极，首周库伦效率88%，适用于储能型钠离子电池。", ["钠离子电池", "硬碳", "负极材料"], "new-energy"),
        ("工业机器人视觉引导抓取系统", "基于三维视觉定位的无序抓取系统，定位精度0.2毫米，适用于注塑件上下料。", ["工业机器人", "视觉引导", "无序抓取"], "smart-equipment"),
        ("医用导管表面亲水涂层技术", "在聚氨酯导管表面构建亲水润滑涂层，摩擦系数降低90%，通过细胞毒性测试。", ["医用导管", "亲水涂层", "润滑"], "medical-devices"),
        ("低功耗物联网温湿度传感节点", "采用能量采集与低功耗广域网通信，电池寿命五年以上，适用于冷链监测。", ["物联网", "传感节点", "低功耗"], "electronic-information"),
        ("芯片封装用低翘曲环氧塑封料", "通过填料级配与增韧改性降低环氧塑封料固化收缩，封装翘曲降低40%。", ["环氧塑封料", "芯片封装", "翘曲"], "integrated-circuits"),
    ];

    /// <summary>The n-th sample result (1-based), with external id <c>FEED-{n}</c>.</summary>
    public static object Result(int n)
    {
        var topic = Topics[(n - 1) % Topics.Length];
        return new
        {
            externalId = ExternalId(n),
            title = topic.Title,
            @abstract = topic.Abstract,
            keywords = topic.Keywords,
            fields = new[] { topic.Field },
            trl = 6,
            cooperationModes = new[] { "licensing" },
        };
    }

    public static string ExternalId(int n) => $"FEED-{n}";

    public static string Title(int n) => Topics[(n - 1) % Topics.Length].Title;

    public static object WithoutTitle(int n) => new
    {
        externalId = ExternalId(n),
        title = "",
        @abstract = "标题为空的条目应被跳过并计数。",
        fields = new[] { "new-materials" },
    };
}

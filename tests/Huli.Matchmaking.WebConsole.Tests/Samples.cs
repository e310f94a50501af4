namespace Huli.Matchmaking.WebConsole.Tests;

/// <summary>Small real records in the district's own words.</summary>
internal static class Samples
{
    public const string MachineVisionTitle = "基于深度学习的注塑件表面划痕机器视觉检测系统";

    public static readonly object[] Results =
    [
        new
        {
            title = MachineVisionTitle,
            @abstract = "针对注塑件表面划痕、缩痕、飞边等缺陷人工目检漏检率高的问题，研制了基于深度学习的机器视觉检测系统，检测准确率99.2%，单件检测节拍1.2秒，已在注塑生产线部署。",
            keywords = new[] { "机器视觉", "注塑件", "表面缺陷检测", "划痕", "深度学习" },
            fields = new[] { "smart-equipment" },
            trl = 7,
        },
        new
        {
            title = "注塑成型工艺参数智能优化方法",
            @abstract = "基于响应面法与遗传算法优化注塑成型的保压压力、模温与冷却时间，降低翘曲变形与缩痕，提升成型件尺寸稳定性。",
            keywords = new[] { "注塑成型", "工艺优化", "翘曲" },
            fields = new[] { "smart-equipment", "new-materials" },
            trl = 6,
        },
        new
        {
            title = "高镍三元锂离子电池正极材料包覆改性技术",
            @abstract = "通过原子层沉积在高镍三元正极表面包覆氧化铝，提高锂离子电池循环寿命与热稳定性，1000次循环容量保持率达92%。",
            keywords = new[] { "锂离子电池", "正极材料", "包覆改性" },
            fields = new[] { "new-energy", "new-materials" },
            trl = 5,
        },
    ];

    /// <summary>A scratch-inspection need; <paramref name="tag"/> keeps each test's need apart from the others'.</summary>
    public static object ScratchInspectionNeed(string tag, string confidentiality = "public") => new
    {
        title = $"注塑外壳表面划痕自动视觉检测（{tag}）",
        description = "我司生产家电注塑外壳，目前依靠人工目检表面划痕和缩痕，漏检率约3%。希望引进机器视觉自动检测设备，漏检率低于0.5%，节拍小于2秒每件。",
        keywords = new[] { "注塑件", "划痕", "视觉检测" },
        fields = new[] { "smart-equipment" },
        confidentiality,
    };
}

using Huli.Matchmaking.TextAnalysis;

namespace Huli.Matchmaking.Search.Tests;

/// <summary>The analyser and the index together, on small research results like the platform's.</summary>
public sealed class EndToEndTests : IAsyncLifetime
{
    private static readonly (string Id, string Field, string Title, string Keywords, string Text)[] Results =
    [
        ("vision-moulding", "smart-equipment", "注塑件表面划痕的机器视觉检测系统", "机器视觉，注塑件，划痕检测",
            "利用工业相机和深度学习算法，对注塑件表面的划痕、缺料、飞边进行在线视觉检测，检测精度0.05mm。"),
        ("lithium", "new-energy", "锂离子电池热失控预警技术", "锂离子电池，热失控，电池管理系统",
            "通过监测电芯温度与气体信号，提前预警动力电池热失控，适用于储能电站和新能源汽车。"),
        ("moulding-process", "smart-equipment", "注塑工艺参数优化与翘曲变形控制", "注塑工艺，注塑模具，翘曲变形",
            "基于模流分析优化注塑工艺参数，减少注塑件的翘曲、缩痕和表面流痕，提高良率。"),
        ("pcb", "electronics", "基于YOLOv8的PCB表面缺陷检测", "PCB，缺陷检测，深度学习",
            "利用机器视觉对印制电路板焊点虚焊、短路等表面缺陷进行自动光学检测。"),
        ("servo", "smart-equipment", "永磁同步电机伺服驱动器", "伺服电机，永磁同步电机，运动控制",
            "高动态响应的伺服驱动算法，适用于数控机床和工业机器人关节。"),
        ("ivd", "medical-devices", "体外诊断微流控芯片", "体外诊断，微流控芯片，即时检测",
            "低成本微流控芯片，可在十五分钟内完成多项指标的即时检测。"),
        ("graphene", "new-materials", "石墨烯导热膜制备技术", "石墨烯，导热材料",
            "高导热石墨烯薄膜，用于5G手机和功率器件散热。"),
        ("metal-scratch", "new-materials", "金属板材表面划痕的激光修复", "激光加工，表面处理",
            "采用激光重熔修复不锈钢板材表面划痕，修复后表面粗糙度显著降低。"),
    ];

    private readonly ChineseEnglishAnalyzer _analyzer = new();
    private readonly LuceneSearchIndex _index = LuceneSearchIndex.CreateInMemory();

    public Task InitializeAsync()
    {
        return _index.UpsertManyAsync(Results.Select(result => new SearchDocument(
            result.Id,
            _analyzer.Tokenize(result.Title),
            _analyzer.Tokenize(result.Keywords),
            _analyzer.Tokenize(result.Text),
            new Dictionary<string, IReadOnlyList<string>> { ["field"] = [result.Field] })));
    }

    public Task DisposeAsync()
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Need_for_visual_scratch_inspection_of_moulded_parts_ranks_the_machine_vision_result_first()
    {
        var hits = await Search("注塑件表面划痕视觉检测");

        Assert.Equal("vision-moulding", hits[0].Id);
        Assert.Superset(new HashSet<string> { "注塑件", "划痕", "视觉检测" }, hits[0].MatchedTerms.ToHashSet());
        Assert.Contains(hits, hit => hit.Id == "metal-scratch");
    }

    [Theory]
    [InlineData("我们需要一种锂电池热失控的预警方案", "lithium")]
    [InlineData("寻求PCB焊点缺陷的自动检测技术", "pcb")]
    [InlineData("希望优化注塑工艺，解决产品翘曲问题", "moulding-process")]
    [InlineData("伺服电机驱动算法合作", "servo")]
    [InlineData("手机散热用的石墨烯材料", "graphene")]
    public async Task Enterprise_need_finds_the_matching_result_first(string need, string expectedId)
    {
        var hits = await Search(need);

        Assert.Equal(expectedId, hits[0].Id);
    }

    [Fact]
    public async Task Field_filter_narrows_the_ranking_to_one_industry()
    {
        var tokens = _analyzer.Tokenize("表面缺陷检测");
        var filters = new Dictionary<string, IReadOnlyList<string>> { ["field"] = ["new-materials"] };

        var hits = await _index.SearchAsync(new SearchRequest(tokens, 10, filters));

        Assert.Equal(["metal-scratch"], hits.Select(hit => hit.Id));
    }

    private Task<IReadOnlyList<SearchHit>> Search(string need)
    {
        return _index.SearchAsync(new SearchRequest(_analyzer.Tokenize(need), 10));
    }
}

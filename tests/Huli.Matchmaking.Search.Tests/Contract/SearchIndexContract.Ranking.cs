namespace Huli.Matchmaking.Search.Tests.Contract;

public abstract partial class SearchIndexContract
{
    [ContractFact]
    public async Task Document_with_more_matching_terms_ranks_higher()
    {
        await Index.UpsertManyAsync(
        [
            Docs.Make("one", text: "视觉 其他 其他 其他"),
            Docs.Make("three", text: "视觉 划痕 注塑件 其他"),
            Docs.Make("two", text: "视觉 划痕 其他 其他"),
        ]);

        Assert.Equal(["three", "two", "one"], Ids(await Search("视觉 划痕 注塑件")));
    }

    [ContractFact]
    public async Task Match_on_a_rarer_term_outranks_a_match_on_a_common_one()
    {
        await Index.UpsertManyAsync(
        [
            Docs.Make("rare", text: "碳化硅 填充"),
            Docs.Make("common", text: "材料 填充"),
            .. Enumerable.Range(1, 6).Select(i => Docs.Make($"filler{i}", text: $"材料 其他{i} 其他")),
        ]);

        Assert.Equal(["rare", "common"], Ids(await Search("材料 碳化硅", top: 2)));
    }

    [ContractFact]
    public async Task Shorter_field_with_the_same_match_ranks_higher()
    {
        await Index.UpsertManyAsync(
        [
            Docs.Make("long", text: "石墨烯 甲 乙 丙 丁 戊 己 庚"),
            Docs.Make("short", text: "石墨烯 甲"),
        ]);

        Assert.Equal(["short", "long"], Ids(await Search("石墨烯")));
    }

    [ContractFact]
    public async Task Query_token_repeated_in_the_query_counts_more()
    {
        await Index.UpsertManyAsync([Docs.Make("battery", text: "电池 其他"), Docs.Make("motor", text: "电机 其他")]);

        var hits = await Search("电机 电池 电池");

        Assert.Equal(["battery", "motor"], Ids(hits));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [ContractFact]
    public async Task Title_match_beats_text_only_match_with_default_weights()
    {
        await Index.UpsertManyAsync(
        [
            Docs.Make("in-text", title: "其他 标题", text: "伺服电机 其他"),
            Docs.Make("in-title", title: "伺服电机 标题", text: "其他 其他"),
        ]);

        Assert.Equal(["in-title", "in-text"], Ids(await Search("伺服电机")));
    }

    [ContractFact]
    public async Task Keyword_match_beats_text_only_match_with_default_weights()
    {
        await Index.UpsertManyAsync(
        [
            Docs.Make("in-text", keywords: "其他 关键", text: "伺服电机 其他"),
            Docs.Make("in-keywords", keywords: "伺服电机 关键", text: "其他 其他"),
        ]);

        Assert.Equal(["in-keywords", "in-text"], Ids(await Search("伺服电机")));
    }

    [ContractFact]
    public async Task Custom_field_weights_can_favour_the_text()
    {
        await Index.UpsertManyAsync(
        [
            Docs.Make("in-text", title: "其他 标题", text: "伺服电机 其他"),
            Docs.Make("in-title", title: "伺服电机 标题", text: "其他 其他"),
        ]);

        var hits = await Index.SearchAsync(
            new SearchRequest(["伺服电机"], 10, Weights: new FieldWeights(Title: 0.5f, Keywords: 1f, Text: 3f)));

        Assert.Equal(["in-text", "in-title"], Ids(hits));
    }

    [ContractFact]
    public async Task Field_with_zero_weight_does_not_match()
    {
        await Index.UpsertManyAsync([Docs.Make("in-text", text: "伺服电机"), Docs.Make("in-title", title: "伺服电机")]);

        var hits = await Index.SearchAsync(
            new SearchRequest(["伺服电机"], 10, Weights: new FieldWeights(Title: 1f, Keywords: 1f, Text: 0f)));

        Assert.Equal(["in-title"], Ids(hits));
    }

    [ContractFact]
    public async Task Equal_scores_are_ordered_by_id()
    {
        await Index.UpsertManyAsync([Docs.Make("c", text: "石墨烯"), Docs.Make("a", text: "石墨烯"), Docs.Make("b", text: "石墨烯")]);

        Assert.Equal(["a", "b", "c"], Ids(await Search("石墨烯")));
    }

    /// <summary>A small corpus of research results, tokenised as the analyser does, and enterprise needs.</summary>
    [ContractFact]
    public async Task Needs_find_the_matching_research_result_first()
    {
        await Index.UpsertManyAsync(
        [
            Docs.Make("vision-moulding", title: "注塑件 表面 划痕 机器视觉 检测 系统", keywords: "机器视觉 注塑件 划痕 检测",
                text: "利用 工业 相机 深度学习 算法 注塑件 表面 划痕 缺料 飞边 在线 视觉 检测 精度"),
            Docs.Make("lithium", title: "锂离子 电池 热失控 预警 技术", keywords: "锂离子 电池 热失控 电池管理系统",
                text: "监测 电芯 温度 气体 信号 提前 预警 动力 电池 热失控 储能 电站 新能源 汽车"),
            Docs.Make("pcb", title: "PCB 表面 缺陷 检测", keywords: "PCB 缺陷 检测 深度学习",
                text: "机器视觉 印制 电路板 焊点 虚焊 短路 表面 缺陷 自动 光学 检测"),
            Docs.Make("metal-scratch", title: "金属 板材 表面 划痕 激光 修复", keywords: "激光 加工 表面 处理",
                text: "激光 重熔 修复 不锈钢 板材 表面 划痕 修复 表面 粗糙度 降低"),
            Docs.Make("graphene", title: "石墨烯 导热膜 制备 技术", keywords: "石墨烯 导热 材料",
                text: "高 导热 石墨烯 薄膜 5G 手机 功率 器件 散热"),
        ]);

        var scratches = await Search("注塑件 表面 划痕 视觉 检测");
        Assert.Equal("vision-moulding", scratches[0].Id);
        Assert.Equal(["graphene", "lithium"], Ids(await Search("手机 散热 石墨烯 电池")).Order());
        Assert.Equal("lithium", (await Search("锂离子 电池 热失控 预警 方案"))[0].Id);
        Assert.Equal("pcb", (await Search("PCB 焊点 缺陷 自动 检测"))[0].Id);
        Assert.Equal("graphene", (await Search("手机 散热 石墨烯 材料"))[0].Id);
        Assert.Equal(["metal-scratch", "pcb", "vision-moulding"], Ids(scratches).Order());
    }
}

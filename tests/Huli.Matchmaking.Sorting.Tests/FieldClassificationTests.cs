using Huli.Matchmaking.Sorting.Classification;
using Huli.Matchmaking.Sorting.Taxonomy;
using Xunit.Abstractions;

namespace Huli.Matchmaking.Sorting.Tests;

public class FieldClassificationTests(ITestOutputHelper output)
{
    [Fact]
    public void Demo_records_with_their_fields_hidden_get_a_recorded_field_first_in_at_least_eight_of_ten()
    {
        var correct = 0;
        var confident = 0;
        foreach (var record in DemoRecord.All)
        {
            var guesses = FieldClassifier.Classify(record.Title, record.Text);
            var top = guesses.FirstOrDefault();
            var hit = top is not null && record.Fields.Contains(top.Code);
            correct += hit ? 1 : 0;
            confident += top?.Confidence >= FieldClassifier.ConfidenceThreshold ? 1 : 0;
            output.WriteLine($"{(hit ? "ok  " : "MISS")} {record.Id} [{string.Join(",", record.Fields)}] "
                + string.Join(" ", guesses.Take(3).Select(guess => $"{guess.Code}:{guess.Confidence:F2}")));
        }

        var accuracy = (double)correct / DemoRecord.All.Count;
        output.WriteLine($"top-1 accuracy {correct}/{DemoRecord.All.Count} = {accuracy:F3}; confident on {confident}");
        Assert.True(accuracy >= 0.8, $"top-1 accuracy {accuracy:F3}");
    }

    [Fact]
    public void Author_keywords_add_evidence_without_changing_a_clear_answer()
    {
        var record = DemoRecord.Result("demo-r-031");

        var withoutKeywords = FieldClassifier.Classify(record.Title, record.Text);
        var withKeywords = FieldClassifier.Classify(record.Title, record.Text, record.Keywords);

        Assert.Equal("new-energy", withoutKeywords[0].Code);
        Assert.Equal("new-energy", withKeywords[0].Code);
        Assert.True(withKeywords[0].Confidence >= withoutKeywords[0].Confidence);
    }

    [Theory]
    [InlineData("全自动化学发光免疫分析仪", "用于医院检验科的体外诊断设备，检测心肌标志物和肿瘤标志物，单机通量每小时200测试。", "medical-devices")]
    [InlineData("Chemiluminescence immunoassay analyser", "An in vitro diagnostics instrument for hospital laboratories that measures cardiac and tumour biomarkers at 200 tests per hour.", "medical-devices")]
    [InlineData("钠离子电池层状氧化物正极材料", "开发低成本钠离子电池正极材料，能量密度140Wh/kg，循环寿命3000次，适用于储能电站。", "new-energy")]
    [InlineData("Sodium-ion battery cathode for grid storage", "A low-cost layered oxide cathode for sodium-ion batteries with 3000-cycle life, intended for energy storage stations.", "new-energy")]
    [InlineData("协作机器人关节模组", "集成谐波减速器、伺服电机和编码器的一体化关节，用于协作机器人和工业机器人。", "smart-equipment")]
    [InlineData("Collaborative robot joint module", "An integrated joint with harmonic drive, servo motor and encoder for collaborative robots and industrial robots.", "smart-equipment")]
    [InlineData("面向工业设备的知识图谱问答", "基于大语言模型和知识图谱的设备维修问答系统，支持自然语言检索维修手册。", "software")]
    [InlineData("12英寸晶圆铜互连化学机械抛光液", "用于集成电路先进制程的化学机械抛光，降低晶圆表面缺陷，提升芯片良率。", "integrated-circuits")]
    [InlineData("石墨烯改性防腐涂层", "将石墨烯分散于环氧树脂制备功能涂层，耐腐蚀性能提升三倍，用于海洋工程钢结构。", "new-materials")]
    [InlineData("UWB indoor positioning tags", "Ultra-wideband tags and anchors for indoor positioning of workers, with Bluetooth and LoRa backhaul.", "electronic-information")]
    public void Clear_records_in_Chinese_or_English_are_confidently_filed_under_their_chain(string title, string text, string expected)
    {
        var fields = FieldClassifier.ConfidentFields(title, text);

        Assert.Equal(expected, Assert.Single(fields, code => code == expected));
        Assert.Equal(expected, fields[0]);
    }

    [Theory]
    [InlineData("论宋代书院的教育思想", "本文从历史文献出发，梳理宋代书院的讲学制度及其对后世教育思想的影响。")]
    [InlineData("关于加强基层党组织建设的几点思考", "结合工作实际，从制度建设、队伍建设和作风建设三个方面提出建议。")]
    [InlineData("The pastoral in Victorian poetry", "This essay reads landscape and memory in the poems of Tennyson and Hardy.")]
    public void Text_outside_the_districts_chains_is_left_unsure(string title, string text)
    {
        var guesses = FieldClassifier.Classify(title, text);

        Assert.Empty(FieldClassifier.ConfidentFields(title, text));
        Assert.All(guesses, guess => Assert.True(guess.Confidence < FieldClassifier.ConfidenceThreshold, guess.ToString()));
    }

    [Fact]
    public void A_single_matching_word_is_not_enough_to_be_sure()
    {
        var guesses = FieldClassifier.Classify("年度工作总结", "今年完成了芯片采购台账的整理。");

        Assert.Equal("integrated-circuits", guesses[0].Code);
        Assert.True(guesses[0].Confidence < FieldClassifier.ConfidenceThreshold);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    [InlineData("的了", "，。")]
    public void Empty_records_get_no_guess(string? title, string? text)
    {
        Assert.Empty(FieldClassifier.Classify(title, text));
        Assert.Empty(FieldClassifier.ConfidentFields(title, text));
    }

    [Fact]
    public void Guesses_are_district_chains_ranked_by_a_confidence_between_zero_and_one()
    {
        foreach (var record in DemoRecord.All)
        {
            var guesses = FieldClassifier.Classify(record.Title, record.Text, record.Keywords);

            Assert.NotEmpty(guesses);
            Assert.All(guesses, guess =>
            {
                Assert.Equal(FieldGroup.District, IndustryTaxonomy.Default.Find(guess.Code)?.Group);
                Assert.InRange(guess.Confidence, double.Epsilon, 1.0);
            });
            Assert.Equal(guesses.OrderByDescending(guess => guess.Confidence).Select(guess => guess.Code), guesses.Select(guess => guess.Code));
            Assert.True(guesses.Sum(guess => guess.Confidence) <= 1.0);
        }
    }

    [Fact]
    public void Parallel_classification_gives_the_same_guesses_as_sequential_classification()
    {
        var records = DemoRecord.All;
        var sequential = records.Select(record => FieldClassifier.Classify(record.Title, record.Text)).ToList();
        var parallel = new IReadOnlyList<FieldGuess>[records.Count * 4];

        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, index =>
        {
            var record = records[index % records.Count];
            parallel[index] = FieldClassifier.Classify(record.Title, record.Text);
        });

        for (var index = 0; index < parallel.Length; index++)
        {
            Assert.Equal(sequential[index % records.Count], parallel[index]);
        }
    }
}

using Huli.Matchmaking.Sorting.Duplicates;
using Xunit.Abstractions;

namespace Huli.Matchmaking.Sorting.Tests;

/// <summary>The same result arriving by two channels is found; a different result on the same topic is not.</summary>
public class NearDuplicateDetectionTests(ITestOutputHelper output)
{
    private static readonly string[] ChineseAddedSentences =
    [
        "该成果已在厦门多家企业完成试用验证，欢迎洽谈合作。",
        "成果持有单位可提供技术咨询、人员培训和中试放大服务。",
        "项目团队长期从事相关方向研究，可根据企业需求定制开发。",
    ];

    private static readonly string[] EnglishAddedSentences =
    [
        "The team welcomes licensing enquiries from industrial partners.",
        "A demonstration unit can be shown at the alliance's Huli office on request.",
    ];

    public static TheoryData<string> Channels => ["punctuation", "whitespace", "full-width", "added sentence", "reordered keywords", "all at once"];

    [Theory]
    [MemberData(nameof(Channels))]
    public void Every_demo_result_copied_through_another_channel_is_found_as_its_duplicate(string channel)
    {
        var index = IndexOfDemoResults();
        var distances = new List<int>();

        foreach (var (record, position) in DemoRecord.Results.Select((record, position) => (record, position)))
        {
            var (title, text, keywords) = Copy(record, channel, position);
            var found = index.Find(SimHash.Of(title, text, keywords));

            Assert.True(found.Count > 0 && found[0].Id == record.Id, $"{channel} copy of {record} not found");
            distances.Add(found[0].Distance);
        }

        output.WriteLine($"{channel}: distance to the original max {distances.Max()}, mean {distances.Average():F1}");
    }

    [Fact]
    public void No_two_distinct_demo_results_are_flagged_as_duplicates()
    {
        var index = new NearDuplicateIndex();

        foreach (var record in DemoRecord.Results)
        {
            Assert.Empty(index.Add(record.Id, SimHash.Of(record.Title, record.Text, record.Keywords)));
        }

        Assert.Equal(40, index.Count);
    }

    [Fact]
    public void A_need_written_about_the_same_topic_as_a_result_is_not_its_duplicate()
    {
        var index = IndexOfDemoResults();

        foreach (var need in DemoRecord.Needs)
        {
            Assert.Empty(index.Find(SimHash.Of(need.Title, need.Text, need.Keywords)));
        }
    }

    [Fact]
    public void A_Chinese_result_relisted_by_a_provincial_feed_is_found()
    {
        var listed = SimHash.Of(
            "基于机器视觉的锂电池极片表面缺陷在线检测系统",
            "针对锂电池极片涂布过程中漏涂、划痕、气泡、颗粒等表面缺陷依赖人工抽检的问题，研制了基于线阵相机和深度学习的在线检测系统。"
            + "系统在60米/分钟带速下可识别0.2毫米以上缺陷，检出率99.2%，误报率低于0.5%，已在两条涂布产线连续运行半年。",
            ["机器视觉", "锂电池极片", "表面缺陷", "在线检测"]);
        var relisted = SimHash.Of(
            "基于机器视觉的锂电池极片表面缺陷在线检测系统 ",
            "针对锂电池极片涂布过程中漏涂，划痕，气泡，颗粒等表面缺陷依赖人工抽检的问题, 研制了基于线阵相机和深度学习的在线检测系统。"
            + "系统在６０米／分钟带速下可识别０.２毫米以上缺陷，检出率９９.２％，误报率低于０.５％，已在两条涂布产线连续运行半年。"
            + "（成果来源：福建省技术市场）",
            ["在线检测", "表面缺陷", "机器视觉", "锂电池极片"]);

        var index = new NearDuplicateIndex();
        index.Add("institute-listing", listed);

        Assert.Equal("institute-listing", Assert.Single(index.Find(relisted)).Id);
    }

    [Fact]
    public void An_English_result_reposted_with_an_extra_sentence_is_found()
    {
        var posted = SimHash.Of(
            "Edge AI acoustic anomaly detection for rotating machinery",
            "We detect bearing and gear faults in motors, pumps and fans from microphone and accelerometer signals. "
            + "A convolutional autoencoder trained on normal operation only runs on an ARM Cortex-M7 edge device and "
            + "flags anomalies within 200 ms, with 96% recall on a bench of 40 industrial fans.",
            ["anomaly detection", "edge AI", "rotating machinery", "predictive maintenance"]);
        var reposted = SimHash.Of(
            "Edge AI Acoustic Anomaly Detection for Rotating Machinery",
            "We detect bearing and gear faults in motors, pumps and fans from microphone and accelerometer signals.  "
            + "A convolutional autoencoder, trained on normal operation only, runs on an ARM Cortex-M7 edge device and "
            + "flags anomalies within 200 ms with 96% recall on a bench of 40 industrial fans. "
            + "The team welcomes licensing enquiries from industrial partners.",
            ["predictive maintenance", "rotating machinery", "edge AI", "anomaly detection"]);

        var index = new NearDuplicateIndex();
        index.Add("feed-1", posted);

        Assert.Equal("feed-1", Assert.Single(index.Find(reposted)).Id);
    }

    [Fact]
    public void A_fingerprint_set_without_a_lookup_is_found_like_an_added_one_and_replaces_its_earlier_value()
    {
        var first = new SimHash(0x0123_4567_89AB_CDEFUL);
        var moved = new SimHash(~first.Value);
        var index = new NearDuplicateIndex();

        index.Set("stored", first);
        index.Set("stored", moved);

        Assert.Empty(index.Find(first));
        Assert.Equal(("stored", 0), (Assert.Single(index.Find(moved)).Id, Assert.Single(index.Find(moved)).Distance));
        Assert.Equal("stored", Assert.Single(index.Add("arrival", new SimHash(moved.Value ^ 0b101))).Id);
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void Two_Chinese_results_on_the_same_battery_topic_are_not_duplicates()
    {
        var inspection = SimHash.Of(
            "基于机器视觉的锂电池极片表面缺陷在线检测系统",
            "针对锂电池极片涂布过程中漏涂、划痕、气泡、颗粒等表面缺陷依赖人工抽检的问题，研制了基于线阵相机和深度学习的在线检测系统。"
            + "系统在60米/分钟带速下可识别0.2毫米以上缺陷，检出率99.2%，误报率低于0.5%。",
            ["机器视觉", "锂电池极片", "表面缺陷", "在线检测"]);
        var measurement = SimHash.Of(
            "锂电池极片涂布面密度在线测量与闭环控制系统",
            "针对锂电池极片涂布面密度波动影响电池一致性的问题，研制了基于β射线的面密度在线测量系统，"
            + "测量精度±0.3克/平方米，并与涂布机模头联动实现面密度闭环控制，极片面密度一致性提升40%。",
            ["锂电池极片", "面密度", "在线测量", "涂布"]);

        var index = new NearDuplicateIndex();
        index.Add("inspection", inspection);

        Assert.Empty(index.Find(measurement));
        Assert.True(inspection.DistanceTo(measurement) > NearDuplicateIndex.DefaultMaxDistance);
    }

    [Fact]
    public void Two_English_results_on_the_same_inspection_topic_are_not_duplicates()
    {
        var strip = SimHash.Of(
            "Deep-learning visual inspection of hot-rolled steel strip surface defects",
            "A line-scan camera system with a convolutional network detects scratches, scale and inclusions on hot-rolled "
            + "steel strip at 20 m/s, with 97% recall and under 1% false alarms.",
            ["machine vision", "surface defect detection", "steel strip", "deep learning"]);
        var castings = SimHash.Of(
            "Deep-learning visual inspection of aluminium die castings",
            "An area-scan camera cell with a convolutional network detects porosity, cold shuts and cracks on aluminium die "
            + "castings for gearbox housings, at 4 seconds per part with 95% recall.",
            ["machine vision", "die casting", "defect detection", "deep learning"]);

        var index = new NearDuplicateIndex();
        index.Add("strip", strip);

        Assert.Empty(index.Find(castings));
    }

    private static NearDuplicateIndex IndexOfDemoResults()
    {
        var index = new NearDuplicateIndex();
        foreach (var record in DemoRecord.Results)
        {
            index.Add(record.Id, SimHash.Of(record.Title, record.Text, record.Keywords));
        }

        return index;
    }

    private static (string Title, string Text, IReadOnlyList<string> Keywords) Copy(DemoRecord record, string channel, int position)
    {
        var isChinese = record.Language == "zh";
        var added = isChinese
            ? ChineseAddedSentences[position % ChineseAddedSentences.Length]
            : " " + EnglishAddedSentences[position % EnglishAddedSentences.Length];
        return channel switch
        {
            "punctuation" => (record.Title, SwapPunctuation(record.Text), record.Keywords),
            "whitespace" => ("  " + record.Title + " ", record.Text.Replace("。", "。\n\n", StringComparison.Ordinal).Replace(" ", "   ", StringComparison.Ordinal), record.Keywords),
            "full-width" => (FullWidth(record.Title), FullWidth(record.Text), record.Keywords),
            "added sentence" => (record.Title, record.Text + added, record.Keywords),
            "reordered keywords" => (record.Title, record.Text, record.Keywords.Reverse().ToList()),
            "all at once" => (FullWidth(record.Title), SwapPunctuation(record.Text) + added, record.Keywords.Reverse().ToList()),
            _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
        };
    }

    // A feed that converts Chinese punctuation to ASCII, and ASCII to Chinese.
    private static string SwapPunctuation(string text)
    {
        return string.Concat(text.Select(character => character switch
        {
            '，' => ",",
            '。' => ". ",
            '、' => ",",
            '；' => ";",
            '：' => ":",
            '（' => "(",
            '）' => ")",
            ',' => "，",
            '(' => "（",
            ')' => "）",
            _ => character.ToString(),
        }));
    }

    // Letters and digits as a Chinese input method in full-width mode types them.
    private static string FullWidth(string text)
    {
        return new string(text.Select(character => char.IsAsciiLetterOrDigit(character) ? (char)(character + 0xFEE0) : character).ToArray());
    }
}

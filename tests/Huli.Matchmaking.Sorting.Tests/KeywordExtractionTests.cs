using Huli.Matchmaking.Sorting.Keywords;
using Xunit.Abstractions;

namespace Huli.Matchmaking.Sorting.Tests;

public class KeywordExtractionTests(ITestOutputHelper output)
{
    [Fact]
    public void Chinese_domain_terms_come_out_whole_and_ranked_by_weight()
    {
        var keywords = KeywordExtractor.Extract(
            "高动态永磁同步电机伺服控制技术",
            "针对数控机床进给轴对高动态响应的需求，研究永磁同步电机的伺服控制与负载惯量在线辨识方法。"
            + "永磁同步电机电流环采用模型预测控制，速度环参数根据辨识出的惯量自整定，伺服系统定位时间缩短40%。");

        Assert.Equal("永磁同步电机", keywords[0]);
        Assert.Contains("伺服", keywords);
        Assert.DoesNotContain("永磁", keywords);
        Assert.DoesNotContain("同步", keywords);
    }

    [Fact]
    public void Generic_words_of_abstracts_and_needs_are_never_keywords()
    {
        var keywords = KeywordExtractor.Extract(
            "一种锂电池极片缺陷检测方法及系统",
            "本研究提出一种技术方法，建立检测系统，实验结果表明该方法性能良好，具有重要应用价值。"
            + "锂电池极片表面的漏涂、划痕和气泡缺陷由线阵相机在线检测，已申请发明专利3项，预算50万元。",
            count: 10);

        Assert.NotEmpty(keywords);
        Assert.DoesNotContain(keywords, keyword => keyword is "技术" or "研究" or "方法" or "系统" or "结果" or "性能"
            or "应用" or "实验" or "专利" or "发明专利" or "预算" or "万元");
        Assert.Contains(keywords, keyword => keyword.Contains("极片", StringComparison.Ordinal));
    }

    [Fact]
    public void English_keywords_keep_their_written_form_not_their_stem()
    {
        var keywords = KeywordExtractor.Extract(
            "Automated borescope inspection of turbofan engine blades",
            "Borescope inspection of engine blades is slow and varies between inspectors. We detect blade damage "
            + "such as nicks, dents and coating loss in borescope videos, and measure each damage against the "
            + "engine manual limits. Blades with damage beyond limits are flagged for the inspectors.",
            count: 5);

        Assert.Equal("borescope inspection", keywords[0]);
        Assert.Contains("engine blades", keywords);
        Assert.DoesNotContain(keywords, keyword => keyword.Contains("inspect ", StringComparison.Ordinal) || keyword.EndsWith("inspect", StringComparison.Ordinal));
        Assert.DoesNotContain(keywords, keyword => keyword is "borescop" or "damag");
    }

    [Fact]
    public void Acronyms_keep_their_case_and_full_width_letters_are_folded()
    {
        var keywords = KeywordExtractor.Extract(
            "基于深度学习的ＰＣＢ焊点缺陷检测",
            "针对SMT产线回流焊后的焊点缺陷，采用ＰＣＢ图像与深度学习模型检测虚焊和桥连，PCB焊点缺陷检出率99%。",
            count: 8);

        Assert.Contains(keywords, keyword => keyword.Contains("PCB", StringComparison.Ordinal));
        Assert.DoesNotContain(keywords, keyword => keyword.Contains("ＰＣＢ", StringComparison.Ordinal) || keyword.Contains("pcb", StringComparison.Ordinal));
    }

    [Fact]
    public void Measurements_and_units_are_not_keywords_but_generation_names_are()
    {
        var keywords = KeywordExtractor.Extract(
            "面向5G基站的GaN射频功率放大器",
            "采用0.25μm GaN HEMT工艺，工作于3.3GHz，饱和输出功率43dBm，效率52%，芯片面积3.2mm×2.8mm，5G基站实测通过。",
            count: 10);

        Assert.Contains(keywords, keyword => keyword.StartsWith("5G", StringComparison.Ordinal));
        Assert.DoesNotContain(keywords, keyword => keyword is "0.25μm" or "43dBm" or "3.3GHz" or "mm" or "dBm" or "GHz");
    }

    [Fact]
    public void A_phrase_that_recurs_is_one_keyword_and_its_words_are_not_repeated()
    {
        var keywords = KeywordExtractor.Extract(
            "五轴数控机床热误差建模与实时补偿",
            "建立主轴热误差预测模型，热误差实时补偿模块集成于数控系统，补偿后热误差降低80%。",
            count: 5);

        Assert.Equal("热误差", keywords[0]);
        Assert.Contains("实时补偿", keywords);
        Assert.DoesNotContain("补偿", keywords);
        Assert.Equal(keywords.Count, keywords.Distinct().Count());
    }

    [Fact]
    public void The_requested_number_of_keywords_is_an_upper_bound()
    {
        var record = DemoRecord.Result("demo-r-025");

        Assert.Equal(3, KeywordExtractor.Extract(record.Title, record.Text, count: 3).Count);
        Assert.Equal(5, KeywordExtractor.Extract(record.Title, record.Text).Count);
        Assert.Empty(KeywordExtractor.Extract(record.Title, record.Text, count: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => KeywordExtractor.Extract(record.Title, record.Text, count: -1));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "   ")]
    [InlineData("的了和", "，。！")]
    [InlineData("2024", "1200V 40mΩ 3.8%")]
    public void A_record_without_content_words_gets_no_keywords(string? title, string? text)
    {
        Assert.Empty(KeywordExtractor.Extract(title, text));
    }

    [Fact]
    public void Extracted_keywords_overlap_the_authors_keywords_on_most_demo_records()
    {
        var matched = 0;
        foreach (var record in DemoRecord.All)
        {
            var extracted = KeywordExtractor.Extract(record.Title, record.Text);
            var overlap = extracted.Count(keyword => record.Keywords.Any(author => Overlaps(keyword, author)));
            output.WriteLine($"{record.Id}: {string.Join(" | ", extracted)}  (author: {string.Join(", ", record.Keywords)})");
            matched += overlap > 0 ? 1 : 0;
        }

        var share = (double)matched / DemoRecord.All.Count;
        output.WriteLine($"records with at least one author keyword among five extracted: {matched}/{DemoRecord.All.Count} = {share:F2}");
        Assert.True(share >= 0.9, $"only {share:F2}");
    }

    [Fact]
    public void Parallel_extraction_gives_the_same_keywords_as_sequential_extraction()
    {
        var records = DemoRecord.All;
        var sequential = records.Select(record => KeywordExtractor.Extract(record.Title, record.Text)).ToList();
        var parallel = new IReadOnlyList<string>[records.Count * 4];

        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, index =>
        {
            var record = records[index % records.Count];
            parallel[index] = KeywordExtractor.Extract(record.Title, record.Text);
        });

        for (var index = 0; index < parallel.Length; index++)
        {
            Assert.Equal(sequential[index % records.Count], parallel[index]);
        }
    }

    private static bool Overlaps(string extracted, string author)
    {
        return author.Contains(extracted, StringComparison.OrdinalIgnoreCase)
            || extracted.Contains(author, StringComparison.OrdinalIgnoreCase);
    }
}

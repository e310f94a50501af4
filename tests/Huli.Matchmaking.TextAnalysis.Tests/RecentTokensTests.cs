namespace Huli.Matchmaking.TextAnalysis.Tests;

/// <summary>Recent texts are answered from memory; the answer must never differ from analysing afresh.</summary>
public class RecentTokensTests
{
    private static readonly string[] Topics = ["注塑件表面划痕视觉检测", "锂离子电池热失控预警", "永磁同步电机无位置传感器控制", "Surface inspection of moulded parts"];

    [Fact]
    public void A_text_analysed_again_gives_the_same_tokens_before_and_after_the_cache_turns_over()
    {
        var analyzer = new ChineseEnglishAnalyzer();
        string Text(int i) => $"第{i}号成果：{Topics[i % Topics.Length]}，样品编号 batch{i}";
        var count = RecentTokens.GenerationSize * 3;
        var first = new IReadOnlyList<string>[count];

        Parallel.For(0, count, i => first[i] = analyzer.Tokenize(Text(i)));

        // The earliest texts have left the cache by now, the latest are still in it: both agree with the first answer.
        foreach (var i in new[] { 0, 1, count / 2, count - 2, count - 1 })
        {
            Assert.Equal(first[i], analyzer.Tokenize(Text(i)));
            Assert.Contains($"batch{i}", first[i]);
        }
    }

    [Fact]
    public void Short_and_long_texts_alike_give_the_tokens_of_their_words()
    {
        var analyzer = new ChineseEnglishAnalyzer();

        // Texts shorter than the cache keeps are analysed every time; longer ones the first time only.
        Assert.Contains("锂离子电池", analyzer.Tokenize("锂离子电池"));
        Assert.Contains("锂离子电池", analyzer.Tokenize("锂离子电池热失控预警与电池管理系统，面向储能电站"));
        Assert.Contains("锂离子电池", analyzer.Tokenize("锂离子电池热失控预警与电池管理系统，面向储能电站"));
    }
}

namespace Huli.Matchmaking.TextAnalysis.Tests;

public class ChineseSegmentationTests
{
    private readonly ChineseEnglishAnalyzer _analyzer = new();

    [Fact]
    public void Chinese_need_text_is_segmented_into_domain_terms()
    {
        var tokens = _analyzer.Tokenize("注塑件表面划痕的视觉检测");

        Assert.Equal(["注塑件", "注塑", "表面划痕", "表面", "划痕", "视觉检测", "视觉", "检测"], tokens);
    }

    [Fact]
    public void Research_result_text_keeps_compound_terms_and_the_words_inside_them()
    {
        var tokens = _analyzer.Tokenize("基于机器视觉的表面缺陷检测");

        Assert.Contains("机器视觉", tokens);
        Assert.Contains("表面缺陷", tokens);
        Assert.Contains("缺陷检测", tokens);
        Assert.Contains("检测", tokens);
        Assert.DoesNotContain("基于", tokens);
        Assert.DoesNotContain("的", tokens);
    }

    [Fact]
    public void Need_and_result_worded_differently_share_their_key_tokens()
    {
        var need = _analyzer.Tokenize("注塑件表面划痕的视觉检测");
        var result = _analyzer.Tokenize("基于机器视觉的表面缺陷检测");

        Assert.Superset(new HashSet<string> { "表面", "视觉", "检测" }, need.Intersect(result).ToHashSet());
    }

    [Fact]
    public void Long_domain_term_comes_first_followed_by_the_dictionary_words_inside_it()
    {
        var tokens = _analyzer.Tokenize("永磁同步电机");

        Assert.Equal(["永磁同步电机", "永磁", "同步电机", "同步", "电机"], tokens);
    }

    [Fact]
    public void Every_occurrence_of_a_word_is_the_same_string_not_a_new_copy()
    {
        // Texts that differ, so the analyser's cache of recent texts cannot be what returns the same tokens.
        var first = _analyzer.Tokenize("永磁同步电机的矢量控制方法，第一种");
        var second = _analyzer.Tokenize("一种永磁同步电机和电池的矢量控制");

        Assert.Same(first.Single(t => t == "永磁同步电机"), second.Single(t => t == "永磁同步电机"));
        Assert.Same(first.Single(t => t == "同步电机"), second.Single(t => t == "同步电机"));
        Assert.Same(first.Single(t => t == "控制"), second.Single(t => t == "控制"));
    }

    [Theory]
    [InlineData("锂离子电池")]
    [InlineData("碳化硅")]
    [InlineData("功率器件")]
    [InlineData("伺服电机")]
    [InlineData("工业机器人")]
    [InlineData("医疗器械")]
    [InlineData("体外诊断")]
    [InlineData("石墨烯")]
    [InlineData("光刻胶")]
    [InlineData("封装测试")]
    [InlineData("边缘计算")]
    [InlineData("数字孪生")]
    [InlineData("深度学习")]
    [InlineData("缺陷检测")]
    public void Domain_terms_of_the_districts_industries_stay_whole_in_a_sentence(string term)
    {
        var tokens = _analyzer.Tokenize($"我们需要{term}方面的合作伙伴");

        Assert.Contains(term, tokens);
    }

    [Fact]
    public void Generic_need_boilerplate_is_dropped()
    {
        var tokens = _analyzer.Tokenize("我们希望寻求高校合作，解决相关技术问题，提供一种检测方法");

        Assert.Equal(["检测"], tokens);
    }

    [Fact]
    public void Repeated_words_are_kept_so_term_frequency_counts()
    {
        var tokens = _analyzer.Tokenize("电池检测，电池回收");

        Assert.Equal(2, tokens.Count(token => token == "电池"));
    }
}

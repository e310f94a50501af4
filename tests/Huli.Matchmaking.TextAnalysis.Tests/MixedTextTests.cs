namespace Huli.Matchmaking.TextAnalysis.Tests;

public class MixedTextTests
{
    private readonly ChineseEnglishAnalyzer _analyzer = new();

    [Fact]
    public void Latin_runs_go_through_the_english_path_and_han_runs_through_jieba()
    {
        var tokens = _analyzer.Tokenize("基于YOLOv8的PCB缺陷检测");

        Assert.Equal(["yolov8", "pcb", "缺陷检测", "缺陷", "检测"], tokens);
    }

    [Fact]
    public void English_words_inside_chinese_text_are_stemmed()
    {
        var tokens = _analyzer.Tokenize("采用Deep Learning进行电池Inspection");

        Assert.Equal(["deep", "learn", "电池", "inspect"], tokens);
    }

    [Fact]
    public void Full_width_letters_and_digits_are_folded_to_ascii_and_lowercased()
    {
        var fullWidth = _analyzer.Tokenize("ＰＣＢ板ＡＯＩ检测，精度０．１ｍｍ");
        var halfWidth = _analyzer.Tokenize("pcb板aoi检测,精度0.1mm");

        Assert.Equal(halfWidth, fullWidth);
        Assert.Contains("pcb", fullWidth);
        Assert.Contains("0.1mm", fullWidth);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\r\n")]
    [InlineData("，。！？、；：“”（）——")]
    [InlineData("的了和与及等")]
    public void Empty_blank_punctuation_or_stop_word_only_input_gives_no_tokens(string? text)
    {
        Assert.Empty(_analyzer.Tokenize(text));
    }

    [Fact]
    public void Malformed_utf16_is_tolerated()
    {
        var tokens = _analyzer.Tokenize("缺陷检测\uD800电池");

        Assert.Equal(["缺陷检测", "缺陷", "检测", "电池"], tokens);
    }
}

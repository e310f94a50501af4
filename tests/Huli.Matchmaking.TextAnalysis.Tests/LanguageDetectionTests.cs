namespace Huli.Matchmaking.TextAnalysis.Tests;

public class LanguageDetectionTests
{
    [Theory]
    [InlineData("注塑件表面划痕的视觉检测", TextLanguage.Chinese)]
    [InlineData("一种用于PCB的缺陷检测方法", TextLanguage.Chinese)]
    [InlineData("Surface defect inspection with machine vision", TextLanguage.English)]
    [InlineData("ＰＣＢ ｉｎｓｐｅｃｔｉｏｎ", TextLanguage.English)]
    [InlineData("Graphene coatings (石墨烯) for heat spreaders", TextLanguage.English)]
    [InlineData("基于YOLOv8的PCB缺陷检测", TextLanguage.Mixed)]
    [InlineData("使用 deep learning 做缺陷检测", TextLanguage.Mixed)]
    public void Language_is_judged_by_the_share_of_han_characters_against_latin_letters(
        string text, TextLanguage expected)
    {
        Assert.Equal(expected, ChineseEnglishAnalyzer.DetectLanguage(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2024-05-01, 12.5%")]
    [InlineData("，。！？")]
    public void Text_without_han_characters_or_latin_letters_is_unknown(string? text)
    {
        Assert.Equal(TextLanguage.Unknown, ChineseEnglishAnalyzer.DetectLanguage(text));
    }
}

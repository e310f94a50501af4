using Huli.Matchmaking.Sorting.Language;

namespace Huli.Matchmaking.Sorting.Tests;

public class RecordLanguageTests
{
    [Theory]
    [InlineData("车规级碳化硅功率模块银烧结封装工艺开发", "公司现有IGBT模块封装产线，正向新能源汽车主驱用碳化硅功率模块转型。", "zh")]
    [InlineData("End-of-line acoustic testing of small BLDC fan motors", "We manufacture brushless DC fan motors for home appliances.", "en")]
    [InlineData("基于YOLOv8的PCB焊点缺陷检测", "针对SMT产线回流焊后虚焊、桥连等焊点缺陷依赖人工复判的问题，研制了AOI检测系统。", "zh")]
    [InlineData("石墨烯导热膜的规模化制备与应用研究", "Graphene film", "mixed")]
    [InlineData("石墨烯导热膜", "Graphene thermal films for foldable phones, with in-plane conductivity above 1500 W/mK.", "en")]
    public void Records_are_labelled_zh_en_or_mixed_from_title_and_text(string title, string? text, string expected)
    {
        Assert.Equal(expected, RecordLanguage.Detect(title, text));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "  ")]
    [InlineData("2024-06", "120 / 3.5 %")]
    public void A_record_without_letters_gets_no_language(string? title, string? text)
    {
        Assert.Null(RecordLanguage.Detect(title, text));
    }

    [Fact]
    public void Every_demo_record_is_detected_as_the_language_it_was_recorded_in()
    {
        Assert.All(DemoRecord.All, record => Assert.Equal(record.Language, RecordLanguage.Detect(record.Title, record.Text)));
    }
}

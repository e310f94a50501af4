namespace Huli.Matchmaking.TextAnalysis.Tests;

public class EnglishAnalysisTests
{
    private readonly ChineseEnglishAnalyzer _analyzer = new();

    [Fact]
    public void Inflected_forms_of_a_word_share_one_stem()
    {
        var stems = new[] { "inspecting", "inspection", "inspected", "inspects" }
            .Select(word => Assert.Single(_analyzer.Tokenize(word)))
            .Distinct()
            .ToList();

        Assert.Equal(["inspect"], stems);
    }

    [Fact]
    public void English_stop_words_and_need_boilerplate_are_dropped()
    {
        var tokens = _analyzer.Tokenize("We need a solution for the inspection of the batteries");

        Assert.Equal(["inspect", "batteri"], tokens);
    }

    [Fact]
    public void Tokens_with_digits_are_kept_verbatim_rather_than_stemmed_or_split()
    {
        var tokens = _analyzer.Tokenize("YOLOv8 on 5G modules, 0.1mm accuracy at 3.7V");

        Assert.Equal(["yolov8", "5g", "modul", "0.1mm", "accuraci", "3.7v"], tokens);
    }

    [Fact]
    public void Programming_language_names_keep_their_symbols()
    {
        var tokens = _analyzer.Tokenize("Firmware in C++ and tools in C#");

        Assert.Equal(["firmwar", "c++", "tool", "c#"], tokens);
    }
}

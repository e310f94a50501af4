namespace Huli.Matchmaking.Import.Tests;

public class RecordFileFormatsTests
{
    [Theory]
    [InlineData("成果清单.csv", RecordFileFormat.Csv)]
    [InlineData("RESULTS.CSV", RecordFileFormat.Csv)]
    [InlineData("needs.tsv", RecordFileFormat.Csv)]
    [InlineData("2025年科技成果.xlsx", RecordFileFormat.Xlsx)]
    [InlineData("C:\\uploads\\Results.XLSX", RecordFileFormat.Xlsx)]
    [InlineData("results.jsonl", RecordFileFormat.JsonLines)]
    [InlineData("results.ndjson", RecordFileFormat.JsonLines)]
    [InlineData("results.json-lines", RecordFileFormat.JsonLines)]
    public void Known_extensions_give_their_format_ignoring_case(string fileName, RecordFileFormat expected)
    {
        Assert.Equal(expected, RecordFileFormats.FromFileName(fileName));
    }

    [Fact]
    public void An_old_excel_file_is_refused_with_advice_to_save_it_as_xlsx()
    {
        var refusal = Assert.Throws<RecordFileException>(() => RecordFileFormats.FromFileName("成果.xls"));

        var problem = Assert.Single(refusal.Problems);
        Assert.Equal(FileProblemKind.UnsupportedFormat, problem.Kind);
        Assert.Contains("old Excel format", problem.Message.English);
        Assert.Contains("save it as .xlsx", problem.Message.English);
    }

    [Theory]
    [InlineData("成果.pdf", ".pdf")]
    [InlineData("results.txt", ".txt")]
    [InlineData("results", "no file extension")]
    public void Other_files_are_refused_naming_the_formats_we_read(string fileName, string explanation)
    {
        Assert.False(RecordFileFormats.TryFromFileName(fileName, out _, out var problem));

        Assert.Contains(explanation, problem.Message.English);
        Assert.Contains(RecordFileFormats.Accepted, problem.Message.English);
    }

    [Fact]
    public void A_plain_json_file_is_refused_with_advice_to_use_json_lines()
    {
        Assert.False(RecordFileFormats.TryFromFileName("results.json", out _, out var problem));

        Assert.Contains(".jsonl", problem.Message.English);
    }
}

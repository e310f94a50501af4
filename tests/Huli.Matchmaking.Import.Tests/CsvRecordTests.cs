using Huli.Matchmaking.Import.Tests.Support;

namespace Huli.Matchmaking.Import.Tests;

public class CsvRecordTests
{
    [Fact]
    public async Task Quoted_cells_keep_their_commas_quotes_and_line_breaks()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8(
            "标题,摘要,关键词\n\"检测设备, 第二代\",\"他说：\"\"节拍小于1秒\"\"\n第二行\",\"a,b\"\n"), RecordFileFormat.Csv);

        var row = Assert.Single(read.Rows);
        Assert.Equal("检测设备, 第二代", row.Cells["title"]);
        Assert.Equal("他说：\"节拍小于1秒\"\n第二行", row.Cells["abstract"]);
        Assert.Equal("a,b", row.Cells["keywords"]);
        Assert.Empty(row.Problems);
    }

    [Fact]
    public async Task A_record_after_a_multi_line_cell_is_numbered_by_spreadsheet_row_not_text_line()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8(
            "标题,摘要\n成果一,\"第一行\n第二行\n第三行\"\n成果二,x\n"), RecordFileFormat.Csv);

        Assert.Equal([2, 3], read.Rows.Select(row => row.RowNumber));
        Assert.Equal("成果二", read.Row(3).Cells["title"]);
    }

    [Fact]
    public async Task Blank_lines_are_skipped_but_keep_their_row_numbers()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8("\n标题,摘要\n\n成果一,x\n   \n,,\n\" \",\n成果二,y"), RecordFileFormat.Csv);

        Assert.Equal(2, read.Header.RowNumber);
        Assert.Equal([4, 8], read.Rows.Select(row => row.RowNumber));
        Assert.Equal("成果二", read.Row(8).Cells["title"]);
    }

    [Fact]
    public async Task Cells_are_trimmed_and_empty_ones_are_null()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8("标题,摘要,关键词\n  成果一　, \"  \" ,\n"), RecordFileFormat.Csv);

        var row = Assert.Single(read.Rows);
        Assert.Equal("成果一", row.Cells["title"]);
        Assert.Null(row.Cells["abstract"]);
        Assert.Null(row.Cells["keywords"]);
    }

    [Theory]
    [InlineData(";")]
    [InlineData("\t")]
    public async Task A_semicolon_or_tab_separated_file_is_detected_from_its_header(string separator)
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8(
            $"标题{separator}摘要{separator}关键词\n成果一{separator}检测, 分选{separator}视觉,分选\n"), RecordFileFormat.Csv);

        Assert.Equal(separator[0], read.Header.Delimiter);
        var row = Assert.Single(read.Rows);
        Assert.Equal("检测, 分选", row.Cells["abstract"]);
        Assert.Equal("视觉,分选", row.Cells["keywords"]);
    }

    [Fact]
    public async Task A_comma_separated_file_stays_comma_separated_when_cells_contain_semicolons()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8("标题,关键词\n成果一,a;b;c;d\n"), RecordFileFormat.Csv);

        Assert.Equal(',', read.Header.Delimiter);
        Assert.Equal("a;b;c;d", Assert.Single(read.Rows).Cells["keywords"]);
    }

    [Fact]
    public async Task The_separator_hint_line_excel_writes_is_skipped()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8("sep=;\n标题;摘要\n成果一;x\n"), RecordFileFormat.Csv);

        Assert.Equal(';', read.Header.Delimiter);
        Assert.Equal(1, read.Header.RowNumber);
        Assert.Equal("成果一", read.Row(2).Cells["title"]);
    }

    [Fact]
    public async Task Rows_with_too_many_or_too_few_cells_get_a_problem_and_the_other_rows_are_fine()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8(
            "标题,摘要,关键词\n成果一,x,a\n成果二,y,b,多余\n成果三\n成果四,z,c\n"), RecordFileFormat.Csv);

        Assert.Equal(4, read.Rows.Count);
        Assert.Equal(
            "Row 3 has 4 cells; the header has 3. The cells after column C were ignored.",
            Assert.Single(read.Row(3).Problems).Message.English);
        Assert.Equal("b", read.Row(3).Cells["keywords"]);
        Assert.Equal("Row 4 has 1 cell; the header has 3.", Assert.Single(read.Row(4).Problems).Message.English);
        Assert.Equal("成果三", read.Row(4).Cells["title"]);
        Assert.Empty(read.Row(2).Problems);
        Assert.Empty(read.Row(5).Problems);
    }

    [Fact]
    public async Task Empty_cells_after_the_last_heading_are_not_a_problem()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8("标题,摘要,\n成果一,x,,,\n"), RecordFileFormat.Csv);

        Assert.Empty(Assert.Single(read.Rows).Problems);
        Assert.Empty(read.Notices);
    }

    [Fact]
    public async Task A_blank_heading_between_named_columns_is_noticed()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8("标题,,摘要\n成果一,忽略,x\n"), RecordFileFormat.Csv);

        var notice = Assert.Single(read.Notices);
        Assert.Equal(FileProblemKind.UnnamedColumn, notice.Kind);
        Assert.Equal("Column B has no heading; its cells were ignored.", notice.Message.English);
        Assert.Equal("x", Assert.Single(read.Rows).Cells["abstract"]);
    }

    [Fact]
    public async Task A_stray_quote_is_reported_and_the_cell_read_as_written()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8("标题,摘要\n5\"显示屏,x\n成果二,y\n"), RecordFileFormat.Csv);

        Assert.Equal("5\"显示屏", read.Row(2).Cells["title"]);
        Assert.Contains("Row 2 has a quote", Assert.Single(read.Row(2).Problems).Message.English);
        Assert.Empty(read.Row(3).Problems);
    }

    [Fact]
    public async Task A_quote_that_never_closes_is_reported_on_the_row_where_it_opens()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8("标题,摘要\n成果一,x\n成果二,\"未闭合\n成果三,z\n"), RecordFileFormat.Csv);

        Assert.Equal([2, 3], read.Rows.Select(row => row.RowNumber));
        Assert.Contains("Row 3 opens a quote", Assert.Single(read.Row(3).Problems).Message.English);
    }

    [Fact]
    public async Task A_record_longer_than_the_limit_stops_the_reading_with_a_problem()
    {
        var read = await Uploads.ReadAsync(
            Uploads.Utf8("标题,摘要\n成果一,x\n成果二,\"" + new string('长', 100_000) + "\n"),
            RecordFileFormat.Csv,
            options: new RecordFileOptions { MaxRecordSize = 64 * 1024 });

        Assert.Equal("成果一", read.Row(2).Cells["title"]);
        Assert.Contains("longer than 64 KB", Assert.Single(read.Row(3).Problems).Message.English);
    }

    [Fact]
    public async Task A_header_longer_than_the_limit_refuses_the_file()
    {
        var read = await Uploads.ReadAsync(
            Uploads.Utf8("标题,\"" + new string('长', 100_000) + "\n成果一,x\n"),
            RecordFileFormat.Csv,
            options: new RecordFileOptions { MaxRecordSize = 64 * 1024 });

        Assert.Equal(FileProblemKind.Unreadable, Assert.Single(read.Header.Errors).Kind);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8("\n  \n", byteOrderMark: true), RecordFileFormat.Csv);

        Assert.Equal(FileProblemKind.NoHeader, Assert.Single(read.Header.Errors).Kind);
    }
}

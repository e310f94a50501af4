using DocumentFormat.OpenXml.Spreadsheet;
using Huli.Matchmaking.Import.Tests.Support;
using static Huli.Matchmaking.Import.Tests.Support.WorkbookBuilder;

namespace Huli.Matchmaking.Import.Tests;

public class XlsxTests
{
    private static readonly ColumnMap Columns = ColumnMap.Create(
            ("title", ["标题"]),
            ("trl", ["技术成熟度"]),
            ("published", ["发布日期"]),
            ("open", ["是否公开"]),
            ("budget", ["预算"]))
        .Require("title");

    [Fact]
    public async Task Shared_and_inline_strings_are_read_as_text()
    {
        var book = new WorkbookBuilder();
        book.Sheet("成果",
            Row(1, book.Text("A1", "标题"), book.Text("B1", "技术成熟度")),
            Row(2, book.Text("A2", "  注塑件色差检测 "), Inline("B2", "六级")),
            Row(3, Inline("A3", "海洋生物酶制剂"), book.Text("B3", "六级")));

        var read = await Uploads.ReadAsync(book.Save(), RecordFileFormat.Xlsx, Columns);

        Assert.Equal("成果", read.Header.SheetName);
        Assert.Equal("注塑件色差检测", read.Row(2).Cells["title"]);
        Assert.Equal("六级", read.Row(2).Cells["trl"]);
        Assert.Equal("海洋生物酶制剂", read.Row(3).Cells["title"]);
        Assert.Equal("六级", read.Row(3).Cells["trl"]);
    }

    [Fact]
    public async Task Integers_lose_their_decimal_point_and_fractions_their_binary_noise()
    {
        var book = new WorkbookBuilder();
        book.Sheet("成果",
            Row(1, book.Text("A1", "标题"), book.Text("B1", "技术成熟度"), book.Text("C1", "预算")),
            Row(2, book.Text("A2", "甲"), Number("B2", 6), Number("C2", 0.1 + 0.2)),
            Row(3, book.Text("A3", "乙"), Number("B3", 13800138000), Number("C3", 1234.5, PercentStyle)));

        var read = await Uploads.ReadAsync(book.Save(), RecordFileFormat.Xlsx, Columns);

        Assert.Equal("6", read.Row(2).Cells["trl"]);
        Assert.Equal("0.3", read.Row(2).Cells["budget"]);
        Assert.Equal("13800138000", read.Row(3).Cells["trl"]);
        Assert.Equal("1234.5", read.Row(3).Cells["budget"]);
    }

    [Fact]
    public async Task Numbers_with_a_date_format_become_iso_dates()
    {
        var book = new WorkbookBuilder();
        book.Sheet("成果",
            Row(1, book.Text("A1", "标题"), book.Text("B1", "发布日期")),
            Row(2, book.Text("A2", "内置格式"), Date("B2", new DateTime(2025, 3, 18))),
            Row(3, book.Text("A3", "中文格式"), Date("B3", new DateTime(2024, 12, 1), ChineseDateStyle)),
            Row(4, book.Text("A4", "日期时间"), Date("B4", new DateTime(2025, 3, 18, 14, 30, 0), DateTimeStyle)));

        var read = await Uploads.ReadAsync(book.Save(), RecordFileFormat.Xlsx, Columns);

        Assert.Equal("2025-03-18", read.Row(2).Cells["published"]);
        Assert.Equal("2024-12-01", read.Row(3).Cells["published"]);
        Assert.Equal("2025-03-18 14:30:00", read.Row(4).Cells["published"]);
    }

    [Fact]
    public async Task Booleans_read_as_true_or_false()
    {
        var book = new WorkbookBuilder();
        book.Sheet("成果",
            Row(1, book.Text("A1", "标题"), book.Text("B1", "是否公开")),
            Row(2, book.Text("A2", "甲"), Boolean("B2", true)),
            Row(3, book.Text("A3", "乙"), Boolean("B3", false)));

        var read = await Uploads.ReadAsync(book.Save(), RecordFileFormat.Xlsx, Columns);

        Assert.Equal("true", read.Row(2).Cells["open"]);
        Assert.Equal("false", read.Row(3).Cells["open"]);
    }

    [Fact]
    public async Task Formulas_give_their_cached_result()
    {
        var book = new WorkbookBuilder();
        book.Sheet("成果",
            Row(1, book.Text("A1", "标题"), book.Text("B1", "技术成熟度"), book.Text("C1", "预算")),
            Row(2, TextFormula("A2", "CONCATENATE(\"注塑\",\"检测\")", "注塑检测"), Formula("B2", "3+3", 6), Formula("C2", "60*10000", 600000)));

        var read = await Uploads.ReadAsync(book.Save(), RecordFileFormat.Xlsx, Columns);

        var row = Assert.Single(read.Rows);
        Assert.Equal("注塑检测", row.Cells["title"]);
        Assert.Equal("6", row.Cells["trl"]);
        Assert.Equal("600000", row.Cells["budget"]);
        Assert.Empty(row.Problems);
    }

    [Fact]
    public async Task Error_values_and_uncalculated_formulas_are_problems_of_their_cell()
    {
        var book = new WorkbookBuilder();
        book.Sheet("成果",
            Row(1, book.Text("A1", "标题"), book.Text("B1", "技术成熟度"), book.Text("C1", "预算")),
            Row(2, book.Text("A2", "甲"), Error("B2", "#DIV/0!"), new Cell(new CellFormula("B2*2")) { CellReference = "C2" }));

        var read = await Uploads.ReadAsync(book.Save(), RecordFileFormat.Xlsx, Columns);

        var row = Assert.Single(read.Rows);
        Assert.Null(row.Cells["trl"]);
        Assert.Equal(
            ["Cell B2 (trl) shows the error #DIV/0!; enter a value instead.",
             "Cell C2 (budget) has a formula whose result was never calculated; open the file in Excel or WPS and save it again."],
            row.Problems.Select(problem => problem.Message.English));
        Assert.Equal(["trl", "budget"], row.Problems.Select(problem => problem.Field));
    }

    [Fact]
    public async Task Empty_missing_and_merged_over_cells_are_null()
    {
        var book = new WorkbookBuilder();
        book.Sheet("成果",
            Row(1, book.Text("A1", "标题"), book.Text("B1", "技术成熟度"), book.Text("C1", "预算")),
            Row(2, book.Text("A2", "甲"), Number("C2", 5)),
            Row(3, book.Text("A3", "乙"), new Cell { CellReference = "B3" }, book.Text("C3", "  ")));

        var read = await Uploads.ReadAsync(book.Save(), RecordFileFormat.Xlsx, Columns);

        Assert.Null(read.Row(2).Cells["trl"]);
        Assert.Equal("5", read.Row(2).Cells["budget"]);
        Assert.Null(read.Row(3).Cells["trl"]);
        Assert.Null(read.Row(3).Cells["budget"]);
        Assert.All(read.Rows, row => Assert.Empty(row.Problems));
    }

    [Fact]
    public async Task The_header_is_the_first_non_empty_row_and_blank_rows_are_skipped()
    {
        var book = new WorkbookBuilder();
        book.Sheet("成果",
            Row(2, new Cell { CellReference = "A2" }),
            Row(3, book.Text("B3", "标题"), book.Text("C3", "技术成熟度")),
            Row(4, book.Text("B4", "甲"), Number("C4", 4)),
            Row(5, book.Text("B5", " ")),
            Row(7, book.Text("B7", "乙"), Number("C7", 7)));

        var read = await Uploads.ReadAsync(book.Save(), RecordFileFormat.Xlsx, Columns);

        Assert.Equal(3, read.Header.RowNumber);
        Assert.Equal([4, 7], read.Rows.Select(row => row.RowNumber));
        Assert.Equal("7", read.Row(7).Cells["trl"]);
        Assert.Equal("B", read.Header.Columns[0].Letter);
        Assert.Empty(read.Notices);
    }

    [Fact]
    public async Task Only_the_first_visible_sheet_is_read_unless_another_is_named()
    {
        var book = new WorkbookBuilder();
        book.Sheet("隐藏", SheetStateValues.Hidden, Row(1, book.Text("A1", "说明")))
            .Sheet("成果", Row(1, book.Text("A1", "标题")), Row(2, book.Text("A2", "甲")))
            .Sheet("需求", Row(1, book.Text("A1", "标题")), Row(2, book.Text("A2", "需求一")), Row(3, book.Text("A3", "需求二")));

        var first = await Uploads.ReadAsync(book.Save(), RecordFileFormat.Xlsx, Columns);
        var named = await Uploads.ReadAsync(book.Save(), RecordFileFormat.Xlsx, Columns, new RecordFileOptions { SheetName = "需求" });

        Assert.Equal("成果", first.Header.SheetName);
        Assert.Equal(["甲"], first.Rows.Select(row => row.Cells["title"]));
        Assert.Equal(["需求一", "需求二"], named.Rows.Select(row => row.Cells["title"]));
    }

    [Fact]
    public async Task A_sheet_name_that_does_not_exist_is_a_file_error_listing_the_sheets()
    {
        var book = new WorkbookBuilder();
        book.Sheet("成果", Row(1, book.Text("A1", "标题")));

        var read = await Uploads.ReadAsync(book.Save(), RecordFileFormat.Xlsx, Columns, new RecordFileOptions { SheetName = "Sheet9" });

        var error = Assert.Single(read.Header.Errors);
        Assert.Equal(FileProblemKind.SheetNotFound, error.Kind);
        Assert.Contains("\"成果\"", error.Message.English);
    }

    [Fact]
    public async Task Values_right_of_the_last_heading_are_a_row_problem()
    {
        var book = new WorkbookBuilder();
        book.Sheet("成果",
            Row(1, book.Text("A1", "标题")),
            Row(2, book.Text("A2", "甲"), book.Text("D2", "多余")));

        var read = await Uploads.ReadAsync(book.Save(), RecordFileFormat.Xlsx, Columns);

        Assert.Equal("Row 2 has values in column D, which has no heading; they were ignored.", Assert.Single(read.Row(2).Problems).Message.English);
    }

    [Fact]
    public async Task A_missing_required_column_refuses_the_workbook()
    {
        var book = new WorkbookBuilder();
        book.Sheet("成果", Row(1, book.Text("A1", "技术成熟度")), Row(2, Number("A2", 5)));

        var read = await Uploads.ReadAsync(book.Save(), RecordFileFormat.Xlsx, Columns);

        Assert.Equal(FileProblemKind.MissingColumn, Assert.Single(read.Header.Errors).Kind);
    }

    [Fact]
    public async Task A_workbook_uploaded_through_a_stream_that_cannot_seek_is_read()
    {
        var book = new WorkbookBuilder();
        book.Sheet("成果", Row(1, book.Text("A1", "标题")), Row(2, book.Text("A2", "甲")));

        var read = await Uploads.ReadAsync(new ForwardOnlyStream(book.Save()), RecordFileFormat.Xlsx, Columns);

        Assert.Equal("甲", Assert.Single(read.Rows).Cells["title"]);
    }

    public static TheoryData<string, byte[], string> NotWorkbooks()
    {
        var book = new WorkbookBuilder();
        book.Sheet("成果", Row(1, book.Text("A1", "标题")), Row(2, book.Text("A2", "甲")));
        var workbook = book.Save().ToArray();
        return new TheoryData<string, byte[], string>
        {
            { "a CSV renamed to .xlsx", "标题\n甲\n"u8.ToArray(), "renamed to .xlsx" },
            { "an old .xls workbook", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "old Excel (.xls)" },
            { "a truncated workbook", workbook[..(workbook.Length / 2)], "damaged" },
            { "a zip that is not a workbook", ZipWithOneTextFile(), "not an Excel workbook" },
            { "an empty file", [], "empty" },
        };
    }

    [Theory]
    [MemberData(nameof(NotWorkbooks))]
    public async Task A_file_that_is_not_a_valid_xlsx_is_refused_as_a_whole(string description, byte[] content, string explanation)
    {
        var read = await Uploads.ReadAsync(new MemoryStream(content), RecordFileFormat.Xlsx, Columns);

        var error = Assert.Single(read.Header.Errors);
        Assert.True(error.Kind == FileProblemKind.Unreadable, description);
        Assert.Contains(explanation, error.Message.English);
    }

    private static byte[] ZipWithOneTextFile()
    {
        var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a workbook");
        }

        return stream.ToArray();
    }
}

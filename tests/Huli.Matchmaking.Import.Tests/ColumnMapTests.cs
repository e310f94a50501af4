using Huli.Matchmaking.Import.Tests.Support;

namespace Huli.Matchmaking.Import.Tests;

public class ColumnMapTests
{
    [Fact]
    public async Task Chinese_headings_give_the_canonical_fields()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8(
            "成果名称,成果简介,关键词,所属领域,技术成熟度,成果编号\n注塑件色差检测,高光谱成像,机器视觉,智能装备,6,XM-001\n"), RecordFileFormat.Csv);

        var row = Assert.Single(read.Rows);
        Assert.Equal("注塑件色差检测", row.Cells["title"]);
        Assert.Equal("高光谱成像", row.Cells["abstract"]);
        Assert.Equal("机器视觉", row.Cells["keywords"]);
        Assert.Equal("智能装备", row.Cells["fields"]);
        Assert.Equal("6", row.Cells["trl"]);
        Assert.Equal("XM-001", row.Cells["externalId"]);
        Assert.Equal(["title", "abstract", "keywords", "fields", "trl", "externalId"], read.Header.Columns.Select(column => column.Field));
    }

    [Fact]
    public async Task English_headings_match_ignoring_case_spacing_underscores_and_hyphens()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8(
            "TITLE, Summary ,Key-Words,Field,trl,External_ID\nColour inspection,Hyperspectral,vision,equipment,6,XM-002\n"), RecordFileFormat.Csv);

        var row = Assert.Single(read.Rows);
        Assert.Equal("Colour inspection", row.Cells["title"]);
        Assert.Equal("Hyperspectral", row.Cells["abstract"]);
        Assert.Equal("vision", row.Cells["keywords"]);
        Assert.Equal("equipment", row.Cells["fields"]);
        Assert.Equal("XM-002", row.Cells["externalId"]);
        Assert.Empty(read.Notices);
    }

    [Fact]
    public async Task Annotations_asterisks_and_full_width_forms_do_not_hide_a_heading()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8(
            "标题（必填）,技术成熟度 (1-9),*关键词,ＴＲＬ说明,ＩＤ\n注塑件色差检测,6,机器视觉,x,XM-3\n"), RecordFileFormat.Csv);

        var row = Assert.Single(read.Rows);
        Assert.Equal("注塑件色差检测", row.Cells["title"]);
        Assert.Equal("6", row.Cells["trl"]);
        Assert.Equal("机器视觉", row.Cells["keywords"]);
        Assert.Equal("XM-3", row.Cells["externalId"]);
        Assert.Equal("ＴＲＬ说明", Assert.Single(read.Notices).Column);
    }

    [Fact]
    public async Task Unknown_columns_are_ignored_and_noticed_once_for_the_file()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8(
            "标题,备注,联系人\n成果一,x,王芳\n成果二,y,李雷\n成果三,z,韩梅梅\n"), RecordFileFormat.Csv);

        Assert.True(read.Header.CanRead);
        Assert.Equal(3, read.Rows.Count);
        Assert.All(read.Rows, row => Assert.Empty(row.Problems));
        Assert.Equal(
            ["Column B \"备注\" is not a column we know; it was ignored.", "Column C \"联系人\" is not a column we know; it was ignored."],
            read.Notices.Select(notice => notice.Message.English));
        Assert.All(read.Notices, notice => Assert.Equal(FileProblemKind.UnknownColumn, notice.Kind));
    }

    [Fact]
    public async Task A_missing_required_column_refuses_the_file_naming_the_headings_accepted()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8("摘要,关键词\n高光谱成像,机器视觉\n"), RecordFileFormat.Csv);

        Assert.False(read.Header.CanRead);
        Assert.Empty(read.Rows);
        var error = Assert.Single(read.Header.Errors);
        Assert.Equal(FileProblemKind.MissingColumn, error.Kind);
        Assert.Equal("title", error.Column);
        Assert.Equal(
            "The required column \"title\" is missing: the header needs a column named \"标题\", \"成果名称\", \"名称\" or \"title\".",
            error.Message.English);
    }

    [Fact]
    public async Task Rows_of_a_refused_file_cannot_be_read()
    {
        await using var file = await RecordFile.OpenAsync(Uploads.Utf8("摘要\nx\n"), RecordFileFormat.Csv, ResearchResultColumns.Map);

        var refusal = await Assert.ThrowsAsync<RecordFileException>(async () =>
        {
            await foreach (var unused in file.ReadRowsAsync())
            {
            }
        });
        Assert.Equal(FileProblemKind.MissingColumn, Assert.Single(refusal.Problems).Kind);
    }

    [Fact]
    public async Task The_short_reader_throws_the_file_level_errors()
    {
        var refusal = await Assert.ThrowsAsync<RecordFileException>(async () =>
        {
            await foreach (var unused in RecordFileReader.ReadAsync(Uploads.Utf8("摘要\nx\n"), RecordFileFormat.Csv, ResearchResultColumns.Map))
            {
            }
        });

        Assert.Contains("\"title\" is missing", refusal.Message);
    }

    [Fact]
    public async Task Two_columns_for_the_same_field_refuse_the_file()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8("标题,摘要,Title\n成果一,x,Result one\n"), RecordFileFormat.Csv);

        Assert.False(read.Header.CanRead);
        var error = Assert.Single(read.Header.Errors);
        Assert.Equal(FileProblemKind.DuplicateColumn, error.Kind);
        Assert.Equal("Columns A \"标题\" and C \"Title\" both give the title; keep only one of them.", error.Message.English);
    }

    [Fact]
    public async Task Every_field_is_in_the_cells_and_absent_ones_are_null()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8("标题,关键词\n成果一,\n"), RecordFileFormat.Csv);

        var row = Assert.Single(read.Rows);
        Assert.Equal(6, row.Cells.Count);
        Assert.Null(row.Cells["keywords"]);
        Assert.Null(row.Cells["abstract"]);
        Assert.Equal("成果一", row.Cells["TITLE"]);
    }

    [Fact]
    public void An_alias_that_would_name_two_fields_is_refused()
    {
        var refusal = Assert.Throws<ArgumentException>(() => ColumnMap.Create(("title", ["名称"]), ("organisation", ["名 称"])));

        Assert.Contains("\"title\" and \"organisation\"", refusal.Message);
    }

    [Fact]
    public void Only_fields_of_the_map_can_be_required()
    {
        Assert.Throws<ArgumentException>(() => ColumnMap.Create(("title", ["标题"])).Require("abstract"));
    }
}

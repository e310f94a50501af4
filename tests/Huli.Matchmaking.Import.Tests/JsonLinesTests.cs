using Huli.Matchmaking.Import.Tests.Support;

namespace Huli.Matchmaking.Import.Tests;

public class JsonLinesTests
{
    [Fact]
    public async Task Property_names_go_through_the_aliases_and_lists_are_joined()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8(
            """
            {"成果名称": " 注塑件色差检测 ", "关键词": ["机器视觉", " 注塑件 ", "", null, 3], "Fields": "smart-equipment", "TRL": 6}
            """), RecordFileFormat.JsonLines);

        var row = Assert.Single(read.Rows);
        Assert.Equal(1, row.RowNumber);
        Assert.Equal("注塑件色差检测", row.Cells["title"]);
        Assert.Equal("机器视觉;注塑件;3", row.Cells["keywords"]);
        Assert.Equal("smart-equipment", row.Cells["fields"]);
        Assert.Equal("6", row.Cells["trl"]);
        Assert.Null(row.Cells["abstract"]);
        Assert.Empty(row.Problems);
        Assert.Equal("UTF-8", read.Header.Encoding);
    }

    [Theory]
    [InlineData("6", "6")]
    [InlineData("6.0", "6")]
    [InlineData("6.50", "6.5")]
    [InlineData("-0.125", "-0.125")]
    [InlineData("1e3", "1000")]
    [InlineData("12345678901234567890", "12345678901234567890")]
    [InlineData("true", "true")]
    [InlineData("null", null)]
    public async Task Scalars_are_written_in_invariant_form(string json, string? expected)
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8($"{{\"title\": \"甲\", \"trl\": {json}}}"), RecordFileFormat.JsonLines);

        Assert.Equal(expected, Assert.Single(read.Rows).Cells["trl"]);
    }

    [Fact]
    public async Task Broken_and_non_object_lines_are_reported_with_their_line_numbers_and_the_others_read()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8(
            "{\"title\": \"成果一\"}\r\n" +
            "\r\n" +
            "{\"title\": \"成果二\", }\r\n" +
            "[\"成果三\"]\r\n" +
            "{\"title\": \"成果四\"}"), RecordFileFormat.JsonLines);

        Assert.Equal([1, 3, 4, 5], read.Rows.Select(row => row.RowNumber));
        Assert.Equal("成果一", read.Row(1).Cells["title"]);
        Assert.Equal("成果四", read.Row(5).Cells["title"]);
        var broken = Assert.Single(read.Row(3).Problems);
        Assert.Null(broken.Field);
        Assert.StartsWith("Line 3 is not valid JSON at column 18: ", broken.Message.English);
        Assert.DoesNotContain("LineNumber", broken.Message.English);
        Assert.Equal(
            "Line 4 is a JSON list, not an object: each line must be one object such as {\"title\": \"…\"}.",
            Assert.Single(read.Row(4).Problems).Message.English);
    }

    [Fact]
    public async Task A_nested_object_is_a_problem_of_its_field_only()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8(
            """{"title": "成果一", "abstract": {"zh": "摘要"}, "keywords": [["a"]]}"""), RecordFileFormat.JsonLines);

        var row = Assert.Single(read.Rows);
        Assert.Equal("成果一", row.Cells["title"]);
        Assert.Null(row.Cells["abstract"]);
        Assert.Equal(["abstract", "keywords"], row.Problems.Select(problem => problem.Field));
        Assert.Equal("Line 1: \"abstract\" is a nested object; give a plain value or a list of plain values.", row.Problems[0].Message.English);
    }

    [Fact]
    public async Task Unknown_properties_are_noticed_once_each()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8(
            "{\"title\": \"成果一\", \"备注\": 1}\n{\"title\": \"成果二\", \"备注\": 2, \"contact\": \"王芳\"}\n"), RecordFileFormat.JsonLines);

        Assert.All(read.Rows, row => Assert.Empty(row.Problems));
        Assert.Equal(["备注", "contact"], read.Notices.Select(notice => notice.Column));
        Assert.Equal("The property \"contact\" (first on line 2) is not a field we know; it was ignored.", read.Notices[1].Message.English);
    }

    [Fact]
    public async Task Property_names_still_match_on_every_line_after_hundreds_of_unknown_ones()
    {
        // Matches are remembered per file up to a cap; past it, names are matched afresh on each line.
        var lines = Enumerable.Range(1, 400).Select(i => $"{{\"note{i}\": 1, \"ＴＩＴＬＥ\": \"成果{i}\", \"摘要\": \"摘要{i}\"}}");
        var read = await Uploads.ReadAsync(Uploads.Utf8(string.Join('\n', lines)), RecordFileFormat.JsonLines);

        Assert.Equal(400, read.Rows.Count);
        Assert.All(read.Rows, row => Assert.Equal(($"成果{row.RowNumber}", $"摘要{row.RowNumber}"), (row.Cells["title"], row.Cells["abstract"])));
        Assert.Equal(400, read.Notices.Count);
        Assert.Equal("note400", read.Notices[^1].Column);
    }

    [Fact]
    public async Task A_line_without_a_required_property_gets_a_problem()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8("{\"title\": null}\n{\"摘要\": \"只有摘要\"}\n"), RecordFileFormat.JsonLines);

        Assert.Empty(read.Row(1).Problems);
        var problem = Assert.Single(read.Row(2).Problems);
        Assert.Equal("title", problem.Field);
        Assert.Equal("Line 2 has no title: give a property named \"标题\", \"成果名称\", \"名称\" or \"title\".", problem.Message.English);
    }

    [Fact]
    public async Task A_property_given_twice_under_two_names_keeps_the_first()
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8("{\"title\": \"甲\", \"标题\": \"乙\"}"), RecordFileFormat.JsonLines);

        var row = Assert.Single(read.Rows);
        Assert.Equal("甲", row.Cells["title"]);
        Assert.Equal("Line 1 gives the title twice (\"title\" and \"标题\"); the first was used.", Assert.Single(row.Problems).Message.English);
    }

    [Fact]
    public async Task A_line_longer_than_the_limit_is_skipped_and_the_next_read()
    {
        var read = await Uploads.ReadAsync(
            Uploads.Utf8("{\"title\": \"" + new string('长', 50_000) + "\"}\n{\"title\": \"短\"}\n"),
            RecordFileFormat.JsonLines,
            options: new RecordFileOptions { MaxRecordSize = 16 * 1024 });

        Assert.Equal("Line 1 is longer than 16 KB; it was skipped.", Assert.Single(read.Row(1).Problems).Message.English);
        Assert.Equal("短", read.Row(2).Cells["title"]);
    }

    [Fact]
    public async Task Gb18030_json_lines_are_decoded()
    {
        var read = await Uploads.ReadAsync(
            Uploads.Text("{\"标题\": \"海洋生物酶制剂\"}\n", Uploads.Gb18030), RecordFileFormat.JsonLines);

        Assert.Equal("GB18030", read.Header.Encoding);
        Assert.Equal("海洋生物酶制剂", Assert.Single(read.Rows).Cells["title"]);
    }
}

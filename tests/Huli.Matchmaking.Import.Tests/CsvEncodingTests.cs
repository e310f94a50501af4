using System.Text;
using Huli.Matchmaking.Import.Tests.Support;

namespace Huli.Matchmaking.Import.Tests;

public class CsvEncodingTests
{
    private const string Results =
        "标题,摘要,关键词\r\n" +
        "基于高光谱成像的注塑件色差在线检测,\"利用高光谱相机与机器视觉算法，检测节拍小于1秒。\",机器视觉；注塑件\r\n" +
        "海洋生物酶制剂,从厦门海域微生物中筛选的低温蛋白酶,生物医药、酶制剂\r\n";

    [Theory]
    [InlineData(false, "UTF-8")]
    [InlineData(true, "UTF-8 (BOM)")]
    public async Task Utf8_is_read_with_or_without_a_byte_order_mark(bool byteOrderMark, string encoding)
    {
        var read = await Uploads.ReadAsync(Uploads.Utf8(Results, byteOrderMark), RecordFileFormat.Csv);

        Assert.Equal(encoding, read.Header.Encoding);
        Assert.Equal("标题", read.Header.Columns[0].Heading);
        Assert.Equal("利用高光谱相机与机器视觉算法，检测节拍小于1秒。", read.Row(2).Cells["abstract"]);
        Assert.Equal("海洋生物酶制剂", read.Row(3).Cells["title"]);
    }

    [Fact]
    public async Task Gb18030_gives_the_same_rows_as_utf8()
    {
        var utf8 = await Uploads.ReadAsync(Uploads.Utf8(Results), RecordFileFormat.Csv);
        var gb18030 = await Uploads.ReadAsync(Uploads.Text(Results, Uploads.Gb18030), RecordFileFormat.Csv);

        Assert.Equal("GB18030", gb18030.Header.Encoding);
        Assert.Equal(2, gb18030.Rows.Count);
        Assert.Equal(utf8.Rows.Select(row => row.RowNumber), gb18030.Rows.Select(row => row.RowNumber));
        Assert.Equal(utf8.Rows.Select(row => row.Cells), gb18030.Rows.Select(row => row.Cells));
        Assert.All(gb18030.Rows, row => Assert.Empty(row.Problems));
    }

    [Fact]
    public async Task Gb18030_is_detected_when_the_upload_cannot_seek()
    {
        var read = await Uploads.ReadAsync(new ForwardOnlyStream(Uploads.Text(Results, Uploads.Gb18030)), RecordFileFormat.Csv);

        Assert.Equal("GB18030", read.Header.Encoding);
        Assert.Equal("海洋生物酶制剂", read.Row(3).Cells["title"]);
    }

    [Theory]
    [InlineData(false, "UTF-16LE (BOM)")]
    [InlineData(true, "UTF-16BE (BOM)")]
    public async Task Utf16_with_a_byte_order_mark_is_read(bool bigEndian, string encoding)
    {
        var read = await Uploads.ReadAsync(Uploads.Text(Results, new UnicodeEncoding(bigEndian, false), byteOrderMark: true), RecordFileFormat.Csv);

        Assert.Equal(encoding, read.Header.Encoding);
        Assert.Equal("基于高光谱成像的注塑件色差在线检测", read.Row(2).Cells["title"]);
        Assert.Equal("生物医药、酶制剂", read.Row(3).Cells["keywords"]);
    }

    [Fact]
    public async Task Gb18030_is_detected_when_the_first_64_kb_are_ascii()
    {
        var text = new StringBuilder("title,abstract\r\n");
        for (var row = 0; text.Length < 70_000; row++)
        {
            text.Append("Result ").Append(row).Append(",English only\r\n");
        }

        text.Append("注塑件色差检测,高光谱成像\r\n");
        var read = await Uploads.ReadAsync(Uploads.Text(text.ToString(), Uploads.Gb18030), RecordFileFormat.Csv);

        Assert.Equal("GB18030", read.Header.Encoding);
        Assert.Equal("注塑件色差检测", read.Rows[^1].Cells["title"]);
        Assert.All(read.Rows, row => Assert.Empty(row.Problems));
    }

    [Fact]
    public async Task A_bad_byte_after_the_sniffed_start_of_a_utf8_file_is_that_rows_problem()
    {
        var text = new StringBuilder("标题,摘要\n");
        var rows = 0;
        while (text.Length < 40_000)
        {
            text.Append("注塑件色差检测").Append(++rows).Append(",高光谱成像\n");
        }

        var bytes = new List<byte>(Encoding.UTF8.GetBytes(text.ToString()));
        bytes.AddRange(Encoding.UTF8.GetBytes("坏"));
        bytes.Add(0xFF);
        bytes.AddRange(Encoding.UTF8.GetBytes("字,x\n最后一行,y\n"));
        var read = await Uploads.ReadAsync(new MemoryStream([.. bytes]), RecordFileFormat.Csv);

        Assert.Equal("UTF-8", read.Header.Encoding);
        var damaged = read.Rows[^2];
        Assert.Equal(rows + 2, damaged.RowNumber);
        var problem = Assert.Single(damaged.Problems);
        Assert.Equal("title", problem.Field);
        Assert.Contains("not valid UTF-8", problem.Message.English);
        Assert.Equal("最后一行", read.Rows[^1].Cells["title"]);
        Assert.Empty(read.Rows[^1].Problems);
    }

    [Fact]
    public async Task A_forced_encoding_is_used_as_given()
    {
        var read = await Uploads.ReadAsync(
            Uploads.Text(Results, Uploads.Gb18030), RecordFileFormat.Csv, options: new RecordFileOptions { Encoding = Uploads.Gb18030 });

        Assert.Equal("海洋生物酶制剂", read.Row(3).Cells["title"]);
    }
}

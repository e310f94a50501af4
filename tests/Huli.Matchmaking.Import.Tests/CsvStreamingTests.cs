using Huli.Matchmaking.Import.Tests.Support;
using Xunit.Abstractions;

namespace Huli.Matchmaking.Import.Tests;

public class CsvStreamingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_hundred_thousand_row_file_is_streamed_row_by_row()
    {
        const int rowCount = 100_000;
        var upload = new GeneratedCsvStream("编号,标题,摘要,关键词,技术成熟度", rowCount, number =>
            $"XM-{number:D6},基于高光谱成像的注塑件色差在线检测 {number},\"利用高光谱相机与机器视觉算法, 检测节拍小于1秒。\",机器视觉；注塑件,{number % 9 + 1}");
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long largestGrowth = 0;
        var count = 0;
        ImportRow? last = null;

        await foreach (var row in RecordFileReader.ReadAsync(upload, RecordFileFormat.Csv, ResearchResultColumns.Map))
        {
            count++;
            last = row;
            if (count % 25_000 == 0)
            {
                largestGrowth = Math.Max(largestGrowth, GC.GetTotalMemory(forceFullCollection: true) - before);
            }
        }

        Assert.Equal(rowCount, count);
        Assert.NotNull(last);
        Assert.Equal(rowCount + 1, last.RowNumber);
        Assert.Equal($"XM-{rowCount:D6}", last.Cells["externalId"]);
        Assert.Equal($"基于高光谱成像的注塑件色差在线检测 {rowCount}", last.Cells["title"]);
        Assert.Equal("2", last.Cells["trl"]);
        Assert.Empty(last.Problems);
        output.WriteLine($"{upload.BytesProduced / (1024 * 1024.0):0.0} MB read; live heap grew by at most {largestGrowth / 1024.0:0} KB while reading.");
    }
}

using CsvHelper;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Import.Csv;

/// <summary>CsvHelper reports bad quoting through a callback, possibly before it returns the record (it
/// scans ahead); this holds each report until its record is read.</summary>
internal sealed class MalformedRecords
{
    private readonly Dictionary<long, CsvMalformedRecord> pending = [];

    public void Add(CsvMalformedRecord record) => pending.TryAdd(record.RecordNumber, record);

    /// <summary>The report for the record CsvHelper numbers <paramref name="recordNumber"/>, if any.</summary>
    public CsvMalformedRecord? Take(long recordNumber) =>
        pending.Remove(recordNumber, out var record) ? record : null;

    public static LocalText Explain(LocalText rowLabel, CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => new LocalText(
            $"{rowLabel.Chinese}有一个引号（\"）始终没有闭合，文件其余部分都被读进了这一行。请闭合引号后重新上传。",
            $"{rowLabel.English} opens a quote (\") that is never closed, so the rest of the file was read into this row. Close the quote and upload the file again."),
        CsvMalformedReason.StrayQuote => new LocalText(
            $"{rowLabel.Chinese}在未加引号的单元格中出现了引号（\"），已按原样读取该单元格。",
            $"{rowLabel.English} has a quote (\") inside a cell that is not quoted; the cell was read as written."),
        CsvMalformedReason.TextAfterClosingQuote => new LocalText(
            $"{rowLabel.Chinese}某单元格的闭合引号（\"）之后还有文字，已将其并入该单元格。",
            $"{rowLabel.English} has text after the closing quote (\") of a cell; it was added to the cell."),
        _ => new LocalText(
            $"{rowLabel.Chinese}不是格式正确的 CSV（{reason}），已尽可能读取其单元格。",
            $"{rowLabel.English} is not well-formed CSV ({reason}); its cells were read as well as possible."),
    };
}

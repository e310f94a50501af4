using CsvHelper;

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

    public static string Explain(string rowLabel, CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote =>
            $"{rowLabel} opens a quote (\") that is never closed, so the rest of the file was read into this row. Close the quote and upload the file again.",
        CsvMalformedReason.StrayQuote =>
            $"{rowLabel} has a quote (\") inside a cell that is not quoted; the cell was read as written.",
        CsvMalformedReason.TextAfterClosingQuote =>
            $"{rowLabel} has text after the closing quote (\") of a cell; it was added to the cell.",
        _ => $"{rowLabel} is not well-formed CSV ({reason}); its cells were read as well as possible.",
    };
}

using System.Runtime.CompilerServices;
using CsvHelper;
using Huli.Matchmaking.Import.Decoding;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Import.Csv;

/// <summary>Reads CSV (RFC 4180) with CsvHelper, keeping its own count of rows.</summary>
/// <remarks>
/// Row numbers are those a spreadsheet shows when it opens the file: the header is row 1 when it is on the
/// first line, every record is one row however many lines its quoted cells span, and blank lines count as
/// (empty) rows. A record after a multi-line cell therefore has a smaller number than its line in a text
/// editor; a multi-line record is numbered by the row where it starts.
/// </remarks>
internal sealed class CsvRecordSource : RecordSource
{
    private readonly CsvReader reader;
    private readonly ColumnMap columns;
    private readonly HeaderLayout layout;
    private readonly MalformedRecords malformed;
    private readonly int maxRecordSize;
    private int rowNumber;

    private CsvRecordSource(
        RecordFileHeader header, CsvReader reader, ColumnMap columns, HeaderLayout layout, MalformedRecords malformed, int maxRecordSize, int rowNumber)
        : base(header)
    {
        this.reader = reader;
        this.columns = columns;
        this.layout = layout;
        this.malformed = malformed;
        this.maxRecordSize = maxRecordSize;
        this.rowNumber = rowNumber;
    }

    public static async Task<RecordSource> OpenAsync(Stream stream, ColumnMap columns, RecordFileOptions options, CancellationToken cancellationToken)
    {
        var text = await TextDecoding.OpenAsync(stream, options.Encoding, cancellationToken);
        var separator = options.Delimiter ?? SeparatorSniffer.Detect(text.Preview);
        var malformed = new MalformedRecords();
        var reader = CsvReader.Create(text.Reader, CsvReaderOptions.Default with
        {
            HasHeader = false,
            Separator = separator,
            DetectSeparatorHint = false,
            SkipEmptyLines = false,
            TrimWhitespace = true,
            MaxRecordSize = options.MaxRecordSize,
            OnMalformedRecord = malformed.Add,
        }, leaveOpen: false);

        try
        {
            var rowNumber = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                rowNumber++;
                var headings = Fields(reader, reader.FieldCount);
                malformed.Take(reader.RowNumber);
                if (headings.All(heading => heading is null))
                {
                    continue;
                }

                if (rowNumber == 1 && IsSeparatorHint(headings))
                {
                    // Excel hides its "sep=;" line, so the header below it is row 1.
                    rowNumber = 0;
                    continue;
                }

                var layout = HeaderLayout.Match(headings, columns);
                var header = RecordFileHeader.FromLayout(RecordFileFormat.Csv, rowNumber, layout) with
                {
                    Encoding = text.EncodingName,
                    Delimiter = separator,
                };
                return new CsvRecordSource(header, reader, columns, layout, malformed, options.MaxRecordSize, rowNumber);
            }
        }
        catch (CsvFormatException)
        {
            await reader.DisposeAsync();
            var limit = Sizes.Describe(options.MaxRecordSize);
            return Refuse(new FileProblem(FileProblemKind.Unreadable, null, new LocalText(
                $"表头行超过 {limit.Chinese}，其中的引号（\"）可能没有闭合。",
                $"The header row is longer than {limit.English}, so a quote (\") in it is probably never closed.")));
        }

        await reader.DisposeAsync();
        return Refuse(new FileProblem(FileProblemKind.NoHeader, null, new LocalText(
            "文件是空的：第一行须写明各列的名称。", "The file is empty: its first row must name the columns.")));

        RecordSource Refuse(FileProblem problem) =>
            new RefusedSource(RecordFileHeader.Refused(RecordFileFormat.Csv, problem) with
            {
                Encoding = text.EncodingName,
                Delimiter = separator,
            });
    }

    public override async IAsyncEnumerable<ImportRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            bool more;
            CsvFormatException? tooLong = null;
            try
            {
                more = await reader.ReadAsync(cancellationToken);
            }
            catch (CsvFormatException exception)
            {
                // Only the record size limit throws here: malformed quoting is recovered from and reported.
                tooLong = exception;
                more = false;
            }

            if (tooLong is not null)
            {
                var limit = Sizes.Describe(maxRecordSize);
                yield return new ImportRow(rowNumber + 1, columns.EmptyCells(), [new RowProblem(null, new LocalText(
                    $"第 {rowNumber + 1} 行超过 {limit.Chinese}，其中的引号（\"）可能没有闭合；从这一行起均未读取。",
                    $"Row {rowNumber + 1} is longer than {limit.English}, so a quote (\") is probably never closed; nothing from this row on was read."))]);
                yield break;
            }

            if (!more)
            {
                yield break;
            }

            rowNumber++;
            var values = Fields(reader, reader.FieldCount);
            var quoting = malformed.Take(reader.RowNumber);
            if (values.All(value => value is null))
            {
                continue;
            }

            yield return ToRow(values, quoting);
        }
    }

    public override ValueTask DisposeAsync() => reader.DisposeAsync();

    private ImportRow ToRow(string?[] values, CsvMalformedRecord? quoting)
    {
        var label = new LocalText($"第 {rowNumber} 行", $"Row {rowNumber}");
        var problems = new List<RowProblem>();
        if (quoting is { } malformedRecord)
        {
            problems.Add(new RowProblem(null, MalformedRecords.Explain(label, malformedRecord.Reason)));
        }

        var lastValue = Array.FindLastIndex(values, value => value is not null);
        if (values.Length < layout.Width)
        {
            problems.Add(new RowProblem(null, new LocalText(
                $"{label.Chinese}有 {values.Length} 个单元格，表头有 {layout.Width} 个。",
                $"{label.English} has {Naming.Count(values.Length, "cell")}; the header has {layout.Width}.")));
        }
        else if (lastValue >= layout.Width)
        {
            var lastColumn = ColumnLetters.From(layout.Width - 1);
            problems.Add(new RowProblem(null, new LocalText(
                $"{label.Chinese}有 {lastValue + 1} 个单元格，表头有 {layout.Width} 个。第 {lastColumn} 列之后的单元格已忽略。",
                $"{label.English} has {Naming.Count(lastValue + 1, "cell")}; the header has {layout.Width}. The cells after column {lastColumn} were ignored.")));
        }

        var cells = columns.EmptyCells();
        for (var index = 0; index < values.Length; index++)
        {
            if (layout.FieldAt(index) is { } field)
            {
                cells[field] = values[index];
            }
        }

        Undecodable.Report(cells, Header.Encoding!, label, problems);
        return new ImportRow(rowNumber, cells, problems);
    }

    private static string?[] Fields(CsvReader reader, int count)
    {
        var values = new string?[count];
        for (var index = 0; index < count; index++)
        {
            values[index] = Cells.Clean(reader.GetString(index));
        }

        return values;
    }

    private static bool IsSeparatorHint(string?[] headings) =>
        headings.Length <= 2
        && headings[0] is { } first
        && first.StartsWith("sep=", StringComparison.OrdinalIgnoreCase)
        && first.Length <= 5
        && (headings.Length == 1 || headings[1] is null);
}

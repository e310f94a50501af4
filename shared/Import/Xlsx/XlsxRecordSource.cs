using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Import.Xlsx;

/// <summary>Reads one worksheet of an .xlsx workbook; the first non-empty row is the header.</summary>
internal sealed class XlsxRecordSource : RecordSource
{
    private readonly SpreadsheetDocument document;
    private readonly IEnumerator<SheetRow> rows;
    private readonly Stream? copy;
    private readonly ColumnMap columns;
    private readonly HeaderLayout layout;

    private XlsxRecordSource(
        RecordFileHeader header, SpreadsheetDocument document, IEnumerator<SheetRow> rows, Stream? copy, ColumnMap columns, HeaderLayout layout)
        : base(header)
    {
        this.document = document;
        this.rows = rows;
        this.copy = copy;
        this.columns = columns;
        this.layout = layout;
    }

    public static async Task<RecordSource> OpenAsync(Stream stream, ColumnMap columns, RecordFileOptions options, CancellationToken cancellationToken)
    {
        // A zip archive is read from its end, so an upload that cannot seek is spooled to a temporary file
        // rather than into memory.
        var copy = stream.CanSeek ? null : await SpoolAsync(stream, cancellationToken);
        var input = copy ?? stream;
        SpreadsheetDocument? document = null;
        try
        {
            if (await WorkbookSignature.ProblemAsync(input, cancellationToken) is { } problem)
            {
                return await RefuseAsync(problem, document, copy);
            }

            document = SpreadsheetDocument.Open(input, isEditable: false);
            var workbook = document.WorkbookPart;
            if (workbook?.Workbook is null)
            {
                return await RefuseAsync(Unreadable(new LocalText(
                    "该文件是 zip 压缩包，但不是 Excel 工作簿。请在 Excel 或 WPS 中打开并另存为 .xlsx。",
                    "The file is a zip archive but not an Excel workbook. Open it in Excel or WPS and save it as .xlsx.")), document, copy);
            }

            var (sheet, part, sheetProblem) = Worksheets.Choose(workbook, options.SheetName);
            if (sheetProblem is not null)
            {
                return await RefuseAsync(sheetProblem, document, copy);
            }

            var cellText = new CellText(
                SharedStrings.Load(workbook.SharedStringTablePart),
                NumberFormats.Load(workbook.WorkbookStylesPart),
                workbook.Workbook.WorkbookProperties?.Date1904?.Value ?? false);
            var rows = SheetRows.Read(part!, cellText).GetEnumerator();
            while (rows.MoveNext())
            {
                if (rows.Current.IsBlank)
                {
                    continue;
                }

                var layout = HeaderLayout.Match(Headings(rows.Current), columns);
                var header = RecordFileHeader.FromLayout(RecordFileFormat.Xlsx, rows.Current.RowNumber, layout) with { SheetName = sheet };
                return new XlsxRecordSource(header, document, rows, copy, columns, layout);
            }

            rows.Dispose();
            return await RefuseAsync(new FileProblem(FileProblemKind.NoHeader, null, new LocalText(
                $"工作表“{sheet}”是空的：第一行须写明各列的名称。",
                $"The sheet \"{sheet}\" is empty: its first row must name the columns.")), document, copy, sheet);
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            return await RefuseAsync(Damaged(exception), document, copy);
        }
    }

    public override async IAsyncEnumerable<ImportRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool more;
            try
            {
                more = rows.MoveNext();
            }
            catch (Exception exception) when (IsDamage(exception))
            {
                throw new RecordFileException([Damaged(exception)]);
            }

            if (!more)
            {
                yield break;
            }

            if (!rows.Current.IsBlank)
            {
                yield return ToRow(rows.Current);
            }
        }
    }

    public override async ValueTask DisposeAsync()
    {
        rows.Dispose();
        document.Dispose();
        if (copy is not null)
        {
            await copy.DisposeAsync();
        }
    }

    private ImportRow ToRow(SheetRow row)
    {
        var cells = columns.EmptyCells();
        var problems = new List<RowProblem>();
        var unheaded = new List<string>();
        foreach (var cell in row.Cells)
        {
            var field = layout.FieldAt(cell.Column);
            if (cell.Column >= layout.Width)
            {
                unheaded.Add(ColumnLetters.From(cell.Column));
                continue;
            }

            if (cell.Problem is not null && field is not null)
            {
                var reference = cell.Reference(row.RowNumber);
                problems.Add(new RowProblem(field, new LocalText(
                    $"单元格 {reference}（{field}）{cell.Problem.Chinese}",
                    $"Cell {reference} ({field}) {cell.Problem.English}")));
            }

            if (field is not null)
            {
                cells[field] = cell.Text;
            }
        }

        if (unheaded.Count > 0)
        {
            var letters = string.Join(", ", unheaded);
            problems.Add(new RowProblem(null, new LocalText(
                $"第 {row.RowNumber} 行在没有标题的第 {letters} 列中有值，已忽略。",
                $"Row {row.RowNumber} has values in column {letters}, which has no heading; they were ignored.")));
        }

        return new ImportRow(row.RowNumber, cells, problems);
    }

    private static List<string?> Headings(SheetRow row)
    {
        var headings = new List<string?>();
        foreach (var cell in row.Cells)
        {
            while (headings.Count <= cell.Column)
            {
                headings.Add(null);
            }

            headings[cell.Column] = cell.Text;
        }

        return headings;
    }

    private static bool IsDamage(Exception exception) =>
        exception is FileFormatException or OpenXmlPackageException or InvalidDataException or XmlException
            or InvalidOperationException or ArgumentOutOfRangeException or KeyNotFoundException;

    // The reader's own reason stays in English: it names parts of the file format, for whoever repairs it.
    private static FileProblem Damaged(Exception exception) => Unreadable(new LocalText(
        $"工作簿已损坏，无法读取（{exception.Message.TrimEnd('.')}）。请在 Excel 或 WPS 中打开并重新保存为 .xlsx。",
        $"The workbook is damaged and cannot be read ({exception.Message.TrimEnd('.')}). Open it in Excel or WPS and save it again as .xlsx."));

    private static FileProblem Unreadable(LocalText message) => new(FileProblemKind.Unreadable, null, message);

    private static async Task<RecordSource> RefuseAsync(FileProblem problem, SpreadsheetDocument? document, Stream? copy, string? sheet = null)
    {
        document?.Dispose();
        if (copy is not null)
        {
            await copy.DisposeAsync();
        }

        return new RefusedSource(RecordFileHeader.Refused(RecordFileFormat.Xlsx, problem) with { SheetName = sheet });
    }

    private static async Task<Stream> SpoolAsync(Stream stream, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await stream.CopyToAsync(file, cancellationToken);
        file.Position = 0;
        return file;
    }
}

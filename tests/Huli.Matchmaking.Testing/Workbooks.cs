using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Huli.Matchmaking.Testing;

/// <summary>XLSX files as people send them, built in the test: whole, or damaged part of the way in.</summary>
public static class Workbooks
{
    /// <summary>A workbook with the rows on its first sheet as Excel saves a filled-in form: dates as date-styled
    /// serial numbers, plain numbers as numbers, the rest as inline strings.</summary>
    public static byte[] Xlsx(string sheetName, IReadOnlyList<string> headings, IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill()) { Count = 1 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }) { Count = 2 });
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint number = 1;
            data.Append(new Row(headings.Select(Text)) { RowIndex = number++ });
            foreach (var cells in rows)
            {
                data.Append(new Row(cells.Select(Typed)) { RowIndex = number++ });
            }

            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName });
        }

        return stream.ToArray();
    }

    /// <summary>The workbook with its sheet's compressed data overwritten from <paramref name="fraction"/> of the
    /// way in: it opens, and its first rows read, but it breaks further down, as a half-copied upload does.</summary>
    public static byte[] Damaged(byte[] workbook, double fraction)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        var sheet = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
        var name = Encoding.UTF8.GetBytes(sheet.FullName);
        var local = LocalHeaderOf(workbook, name);
        var extra = BitConverter.ToUInt16(workbook, local + 28);
        var start = local + 30 + name.Length + extra + (int)(sheet.CompressedLength * fraction);
        var damaged = (byte[])workbook.Clone();
        for (var i = start; i < start + 256 && i < damaged.Length; i++)
        {
            damaged[i] ^= 0x5A;
        }

        return damaged;
    }

    private static int LocalHeaderOf(byte[] workbook, byte[] name)
    {
        for (var at = 0; at < workbook.Length - 30; at++)
        {
            if (workbook[at] == 0x50 && workbook[at + 1] == 0x4B && workbook[at + 2] == 0x03 && workbook[at + 3] == 0x04
                && workbook.AsSpan(at + 30, name.Length).SequenceEqual(name))
            {
                return at;
            }
        }

        throw new InvalidDataException("The workbook has no local header for its sheet.");
    }

    private static Cell Typed(string text)
    {
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new Cell { CellValue = new CellValue(date.ToOADate()), StyleIndex = 1 };
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? new Cell { CellValue = new CellValue(value) }
            : Text(text);
    }

    private static Cell Text(string text) => new(new InlineString(new Text(text))) { DataType = CellValues.InlineString };
}

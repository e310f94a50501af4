using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Huli.Matchmaking.Import.Tests.Support;

/// <summary>Writes .xlsx workbooks with the Open XML SDK, with the kinds of cell Excel and WPS produce.</summary>
internal sealed class WorkbookBuilder
{
    /// <summary>Cell style indexes of <see cref="Styles"/>.</summary>
    public const uint DateStyle = 1;
    public const uint ChineseDateStyle = 2;
    public const uint DateTimeStyle = 3;
    public const uint PercentStyle = 4;

    private readonly List<string> sharedStrings = [];
    private readonly List<(string Name, Row[] Rows, SheetStateValues? State)> sheets = [];

    public WorkbookBuilder Sheet(string name, params Row[] rows) => Sheet(name, null, rows);

    public WorkbookBuilder Sheet(string name, SheetStateValues? state, params Row[] rows)
    {
        sheets.Add((name, rows, state));
        return this;
    }

    public static Row Row(uint number, params Cell[] cells) => new(cells) { RowIndex = number };

    /// <summary>Text in the shared string table, as Excel saves it.</summary>
    public Cell Text(string reference, string text)
    {
        var index = sharedStrings.IndexOf(text);
        if (index < 0)
        {
            index = sharedStrings.Count;
            sharedStrings.Add(text);
        }

        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index) };
    }

    public static Cell Inline(string reference, string text) =>
        new(new InlineString(new Text(text))) { CellReference = reference, DataType = CellValues.InlineString };

    public static Cell Number(string reference, double number, uint style = 0) =>
        new() { CellReference = reference, CellValue = new CellValue(number), StyleIndex = style == 0 ? null : style };

    public static Cell Date(string reference, DateTime date, uint style = DateStyle) =>
        Number(reference, date.ToOADate(), style);

    public static Cell Boolean(string reference, bool value) =>
        new() { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(value) };

    public static Cell Formula(string reference, string formula, double cachedResult) =>
        new(new CellFormula(formula), new CellValue(cachedResult)) { CellReference = reference };

    public static Cell TextFormula(string reference, string formula, string cachedResult) =>
        new(new CellFormula(formula), new CellValue(cachedResult)) { CellReference = reference, DataType = CellValues.String };

    public static Cell Error(string reference, string error) =>
        new() { CellReference = reference, DataType = CellValues.Error, CellValue = new CellValue(error) };

    public MemoryStream Save()
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable =
                new SharedStringTable(sharedStrings.Select(text => new SharedStringItem(new Text(text))));

            uint sheetId = 1;
            foreach (var (name, rows, state) in sheets)
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                worksheetPart.Worksheet = new Worksheet(new SheetData(rows.Select(row => row.CloneNode(true))));
                workbookPart.Workbook.Sheets!.Append(new Sheet
                {
                    Id = workbookPart.GetIdOfPart(worksheetPart),
                    SheetId = sheetId++,
                    Name = name,
                    State = state,
                });
            }
        }

        stream.Position = 0;
        return stream;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy\"年\"m\"月\"d\"日\"" }) { Count = 1 },
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill()) { Count = 1 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0 },
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 22, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }) { Count = 5 });
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Huli.Matchmaking.Import.Xlsx;

/// <summary>The rows of a worksheet, streamed with the SAX reader: only one row is in memory at a time.
/// Rows and cells that the file leaves out (empty ones, the covered cells of a merge) are simply absent.</summary>
internal static class SheetRows
{
    public static IEnumerable<SheetRow> Read(WorksheetPart part, CellText cellText)
    {
        using var reader = OpenXmlReader.Create(part);
        var previousRow = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var rowNumber = row.RowIndex?.Value is { } index ? (int)index : previousRow + 1;
            previousRow = rowNumber;
            var cells = new List<SheetCell>();
            var column = -1;
            foreach (var cell in row.Elements<Cell>())
            {
                // The reference may be left out, and then the cell follows the previous one.
                var referenced = cell.CellReference?.Value is { } reference ? ColumnLetters.IndexOf(reference) : -1;
                column = referenced >= 0 ? referenced : column + 1;
                var (text, problem) = cellText.Render(cell);
                if (text is not null || problem is not null)
                {
                    cells.Add(new SheetCell(column, text, problem));
                }
            }

            yield return new SheetRow(rowNumber, cells);
        }
    }
}

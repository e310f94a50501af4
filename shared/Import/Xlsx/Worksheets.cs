using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Import.Xlsx;

/// <summary>Picks the worksheet to read: the one named, or the first visible one in tab order.</summary>
internal static class Worksheets
{
    public static (string? Name, WorksheetPart? Part, FileProblem? Problem) Choose(WorkbookPart workbook, string? name)
    {
        var sheets = workbook.Workbook!.Sheets?.Elements<Sheet>()
            .Select(sheet => (Sheet: sheet, Part: sheet.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) ? part as WorksheetPart : null))
            .Where(candidate => candidate.Part is not null)
            .ToList() ?? [];

        if (name is not null)
        {
            var names = sheets.Select(candidate => candidate.Sheet.Name?.Value ?? "?").ToList();
            var named = sheets.FirstOrDefault(candidate =>
                string.Equals(candidate.Sheet.Name?.Value?.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
            return named.Part is not null
                ? (named.Sheet.Name?.Value, named.Part, null)
                : (null, null, new FileProblem(FileProblemKind.SheetNotFound, null, new LocalText(
                    $"工作簿中没有名为“{name}”的工作表；现有工作表为 {Naming.OneOf(names, "和")}。",
                    $"The workbook has no worksheet named \"{name}\"; its worksheets are {Naming.OneOf(names)}.")));
        }

        var first = sheets.FirstOrDefault(candidate => candidate.Sheet.State?.Value is not { } state || state == SheetStateValues.Visible);
        return first.Part is not null
            ? (first.Sheet.Name?.Value, first.Part, null)
            : (null, null, new FileProblem(FileProblemKind.SheetNotFound, null, new LocalText(
                "工作簿中没有可见的工作表。", "The workbook has no visible worksheet.")));
    }
}

using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Import.Xlsx;

/// <summary>A cell that has a value or a problem.</summary>
/// <param name="Column">0-based column.</param>
/// <param name="Problem">Why the value could not be read, to follow the cell reference ("shows the error #N/A…").</param>
internal sealed record SheetCell(int Column, string? Text, LocalText? Problem)
{
    public string Reference(int rowNumber) => ColumnLetters.From(Column) + rowNumber;
}

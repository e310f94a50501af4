namespace Huli.Matchmaking.Import.Xlsx;

internal sealed record SheetRow(int RowNumber, IReadOnlyList<SheetCell> Cells)
{
    public bool IsBlank => Cells.All(cell => cell.Text is null && cell.Problem is null);
}

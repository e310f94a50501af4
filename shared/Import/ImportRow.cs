namespace Huli.Matchmaking.Import;

/// <summary>One record of an uploaded file.</summary>
/// <param name="RowNumber">The number a person sees: the spreadsheet row for CSV and XLSX (the header is
/// usually row 1), the line number for JSON Lines.</param>
/// <param name="Cells">Every field of the <see cref="ColumnMap"/>, keyed by its canonical name (ignoring
/// case); trimmed, and null when empty or absent.</param>
/// <param name="Problems">What was wrong with this row; the cells hold what could still be read.</param>
public sealed record ImportRow(int RowNumber, IReadOnlyDictionary<string, string?> Cells, IReadOnlyList<RowProblem> Problems)
{
    public bool HasProblems => Problems.Count > 0;
}

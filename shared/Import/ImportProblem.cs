namespace Huli.Matchmaking.Import;

/// <summary>A problem in an import's report: the row of the file it belongs to (as a person numbers rows), the
/// field when there is one, and what is wrong.</summary>
public sealed record ImportProblem(int Row, string? Field, string Message)
{
    public static IEnumerable<ImportProblem> ForRow(int row, IEnumerable<RowProblem> problems) =>
        problems.Select(p => new ImportProblem(row, p.Field, p.Message));
}

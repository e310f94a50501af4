namespace Huli.Matchmaking.Import;

/// <summary>A problem in an import's report: the row of the file it belongs to (as a person numbers rows), the
/// field when there is one, and what is wrong, in the language of the report's reader.</summary>
public sealed record ImportProblem(int Row, string? Field, string Message)
{
    /// <summary>Call where the report is made: in a request, the messages come out in the request's language.</summary>
    public static IEnumerable<ImportProblem> ForRow(int row, IEnumerable<RowProblem> problems) =>
        problems.Select(p => new ImportProblem(row, p.Field, p.Message.ToString()));
}

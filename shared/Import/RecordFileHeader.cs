namespace Huli.Matchmaking.Import;

/// <summary>What was learnt about a file before its rows are read.</summary>
/// <param name="RowNumber">The row the header was found on (CSV, XLSX); null for JSON Lines, which has none.</param>
/// <param name="Columns">The named columns in order (empty for JSON Lines).</param>
/// <param name="Errors">Why the file cannot be imported; when there is any, no row is read.</param>
/// <param name="Notices">Things the uploader should know, such as ignored columns.</param>
public sealed record RecordFileHeader(
    RecordFileFormat Format,
    int? RowNumber,
    IReadOnlyList<HeaderColumn> Columns,
    IReadOnlyList<FileProblem> Errors,
    IReadOnlyList<FileProblem> Notices)
{
    /// <summary>The text encoding read (CSV, JSON Lines), such as "UTF-8", "UTF-8 (BOM)" or "GB18030".</summary>
    public string? Encoding { get; init; }

    /// <summary>The CSV separator used.</summary>
    public char? Delimiter { get; init; }

    /// <summary>The worksheet read (XLSX).</summary>
    public string? SheetName { get; init; }

    public bool CanRead => Errors.Count == 0;

    internal static RecordFileHeader Refused(RecordFileFormat format, FileProblem error) =>
        new(format, null, [], [error], []);

    internal static RecordFileHeader FromLayout(RecordFileFormat format, int rowNumber, HeaderLayout layout) =>
        new(format, rowNumber, layout.Columns,
            layout.Problems.Where(problem => problem.IsError).ToList(),
            layout.Problems.Where(problem => !problem.IsError).ToList());
}

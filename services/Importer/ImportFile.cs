using System.Runtime.CompilerServices;
using Huli.Matchmaking.Import;

namespace Huli.Matchmaking.Importer;

/// <summary>The file being imported, read with the same columns and rules as the API reads an upload, so a
/// row the reader flags here would be rejected there too.</summary>
internal sealed class ImportFile(string path, RecordFileFormat format, ColumnMap columns)
{
    public string Name => Path.GetFileName(path);

    /// <summary>A pass over the whole file before anything is sent: it counts the rows for the progress bar and
    /// finds what refuses the file as a whole, so a bad header sends nothing.</summary>
    public async Task<FileSurvey> SurveyAsync(CancellationToken cancellationToken)
    {
        await using var stream = OpenStream();
        await using var file = await RecordFile.OpenAsync(stream, format, columns, cancellationToken);
        if (!file.Header.CanRead)
        {
            return new FileSurvey(file.Header, 0, file.Header.Notices);
        }

        var rows = 0;
        await foreach (var _ in file.ReadRowsAsync(cancellationToken))
        {
            rows++;
        }

        return new FileSurvey(file.Header, rows, file.Notices);
    }

    /// <exception cref="RecordFileException">A workbook turns out to be damaged further down.</exception>
    public async IAsyncEnumerable<ImportRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = OpenStream();
        await using var file = await RecordFile.OpenAsync(stream, format, columns, cancellationToken);
        await foreach (var row in file.ReadRowsAsync(cancellationToken))
        {
            yield return row;
        }
    }

    private FileStream OpenStream() =>
        new(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, Options = FileOptions.Asynchronous | FileOptions.SequentialScan });
}

/// <param name="Notices">Columns (or JSON properties) that were ignored, for the final report.</param>
internal sealed record FileSurvey(RecordFileHeader Header, int Rows, IReadOnlyList<FileProblem> Notices);

using System.Runtime.CompilerServices;

namespace Huli.Matchmaking.Import;

/// <summary>The short way to read a file when its notices are not needed: use <see cref="RecordFile"/> to
/// show the uploader which columns were ignored.</summary>
public static class RecordFileReader
{
    /// <exception cref="RecordFileException">On the first MoveNextAsync, when the file cannot be imported at all.</exception>
    public static async IAsyncEnumerable<ImportRow> ReadAsync(
        Stream stream,
        RecordFileFormat format,
        ColumnMap columns,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var file = await RecordFile.OpenAsync(stream, format, columns, cancellationToken);
        await foreach (var row in file.ReadRowsAsync(cancellationToken))
        {
            yield return row;
        }
    }
}

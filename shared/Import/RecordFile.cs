using System.Runtime.CompilerServices;
using Huli.Matchmaking.Import.Csv;
using Huli.Matchmaking.Import.JsonLines;
using Huli.Matchmaking.Import.Xlsx;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Import;

/// <summary>An uploaded file opened for import: its <see cref="Header"/> is known at once, its rows are
/// streamed by <see cref="ReadRowsAsync"/>. The caller keeps ownership of the stream.</summary>
/// <example>
/// <code>
/// await using var file = await RecordFile.OpenAsync(upload, RecordFileFormats.FromFileName(name), columns, ct);
/// if (!file.Header.CanRead) return Refuse(file.Header.Errors);
/// await foreach (var row in file.ReadRowsAsync(ct)) { ... }
/// Report(file.Notices);
/// </code>
/// </example>
public sealed class RecordFile : IAsyncDisposable
{
    private readonly RecordSource source;
    private bool rowsRead;

    private RecordFile(RecordSource source)
    {
        this.source = source;
    }

    public RecordFileHeader Header => source.Header;

    /// <summary>The header's notices plus those found while reading the rows (JSON Lines properties that no
    /// field is known by); complete once the rows have been read.</summary>
    public IReadOnlyList<FileProblem> Notices => source.Notices;

    public static Task<RecordFile> OpenAsync(
        Stream stream, RecordFileFormat format, ColumnMap columns, CancellationToken cancellationToken = default) =>
        OpenAsync(stream, format, columns, RecordFileOptions.Default, cancellationToken);

    /// <summary>Reads as far as the header. A damaged file, a missing required column and the like are
    /// reported in <see cref="RecordFileHeader.Errors"/>, not thrown.</summary>
    public static async Task<RecordFile> OpenAsync(
        Stream stream, RecordFileFormat format, ColumnMap columns, RecordFileOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(options);
        var source = format switch
        {
            RecordFileFormat.Csv => await CsvRecordSource.OpenAsync(stream, columns, options, cancellationToken),
            RecordFileFormat.Xlsx => await XlsxRecordSource.OpenAsync(stream, columns, options, cancellationToken),
            RecordFileFormat.JsonLines => await JsonLinesRecordSource.OpenAsync(stream, columns, options, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a record file format."),
        };
        return new RecordFile(source);
    }

    /// <summary>Opens an uploaded file, in the format its name says, as far as the header. A file that cannot be
    /// read at all (an unknown format, a required column missing, a damaged header) gives the reason instead,
    /// ready to show to whoever sent it.</summary>
    public static async Task<(RecordFile? File, LocalText? Refusal)> OpenUploadAsync(
        Stream stream, string fileName, ColumnMap columns, CancellationToken cancellationToken = default)
    {
        if (!RecordFileFormats.TryFromFileName(fileName, out var format, out var formatProblem))
        {
            return (null, formatProblem.Message);
        }

        var file = await OpenAsync(stream, format, columns, cancellationToken);
        if (file.Header.CanRead)
        {
            return (file, null);
        }

        var refusal = LocalText.Join(file.Header.Errors.Select(e => e.Message));
        await file.DisposeAsync();
        return (null, refusal);
    }

    /// <summary>The data rows, blank ones skipped. Can be enumerated once.</summary>
    /// <exception cref="RecordFileException">The header has errors, or a workbook turns out to be damaged
    /// further down (rows before the damage have been returned).</exception>
    public async IAsyncEnumerable<ImportRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!Header.CanRead)
        {
            throw new RecordFileException(Header.Errors);
        }

        if (rowsRead)
        {
            throw new InvalidOperationException("The rows of a record file can be read only once.");
        }

        rowsRead = true;
        await foreach (var row in source.ReadRowsAsync(cancellationToken).WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    public ValueTask DisposeAsync() => source.DisposeAsync();
}

namespace Huli.Matchmaking.Import;

/// <summary>One format's reader of an opened file.</summary>
internal abstract class RecordSource : IAsyncDisposable
{
    protected RecordSource(RecordFileHeader header)
    {
        Header = header;
    }

    public RecordFileHeader Header { get; protected set; }

    /// <summary>The header's notices and those that only reading the rows can find.</summary>
    public virtual IReadOnlyList<FileProblem> Notices => Header.Notices;

    /// <summary>Called once, and only when the header has no errors.</summary>
    public abstract IAsyncEnumerable<ImportRow> ReadRowsAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}

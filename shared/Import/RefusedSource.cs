namespace Huli.Matchmaking.Import;

/// <summary>A file refused before any row could be read.</summary>
internal sealed class RefusedSource(RecordFileHeader header) : RecordSource(header)
{
    public override IAsyncEnumerable<ImportRow> ReadRowsAsync(CancellationToken cancellationToken) =>
        AsyncEnumerable.Empty<ImportRow>();

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

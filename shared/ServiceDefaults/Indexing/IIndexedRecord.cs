namespace Huli.Matchmaking.ServiceDefaults.Indexing;

/// <summary>A stored record that is mirrored into a search index. Comparing the two versions tells, after a
/// crash, which records the index missed.</summary>
public interface IIndexedRecord
{
    Guid Id { get; }

    int Version { get; }

    int IndexedVersion { get; set; }
}

/// <summary>Writes one kind of record to its search index (or removes it when it is no longer searchable).</summary>
public interface IRecordIndexer<in TRecord>
{
    /// <summary>The layout of the documents this indexer writes; raise it when documents change in a way that
    /// searches depend on, and every record is re-indexed once at the next start (see <see cref="IndexLayout"/>).
    /// Folders from before layouts were recorded count as layout 1.</summary>
    int Layout => 1;

    Task IndexAsync(TRecord record, CancellationToken cancellationToken);

    /// <summary>Writes many records; an index that can take a batch in one commit should override this.</summary>
    async Task IndexManyAsync(IReadOnlyCollection<TRecord> records, CancellationToken cancellationToken)
    {
        foreach (var record in records)
        {
            await IndexAsync(record, cancellationToken);
        }
    }
}

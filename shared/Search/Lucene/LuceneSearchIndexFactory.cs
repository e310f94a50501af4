namespace Huli.Matchmaking.Search;

/// <summary>One shared <see cref="LuceneSearchIndex"/> per name, each in its own folder under the root. Lucene
/// allows a single writer per folder, so every user of a name must get the same instance; register the factory
/// as a singleton.</summary>
public sealed class LuceneSearchIndexFactory : ISearchIndexFactory, IDisposable
{
    private readonly string _rootDirectory;
    private readonly Dictionary<string, LuceneSearchIndex> _indexes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _disposed;

    public LuceneSearchIndexFactory(string rootDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDirectory);
        _rootDirectory = Path.GetFullPath(rootDirectory);
    }

    public ISearchIndex Open(string name)
    {
        ValidateName(name);

        // A plain lock rather than Lazy in a ConcurrentDictionary: a failed open (folder locked by another
        // process) must not be cached, and opening happens a handful of times per process.
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_indexes.TryGetValue(name, out var index))
            {
                index = LuceneSearchIndex.OpenFolder(Path.Combine(_rootDirectory, name));
                _indexes.Add(name, index);
            }

            return index;
        }
    }

    public void Dispose()
    {
        List<LuceneSearchIndex> indexes;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            indexes = [.. _indexes.Values];
            _indexes.Clear();
        }

        foreach (var index in indexes)
        {
            index.Dispose();
        }
    }

    private static void ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name is "." or ".." || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0
            || name.Contains('/') || name.Contains('\\'))
        {
            throw new ArgumentException($"'{name}' is not a valid index name: it must be a plain folder name.", nameof(name));
        }
    }
}

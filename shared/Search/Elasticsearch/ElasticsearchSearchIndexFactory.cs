using System.Text.RegularExpressions;
using Elastic.Clients.Elasticsearch;

namespace Huli.Matchmaking.Search;

/// <summary>One <see cref="ElasticsearchSearchIndex"/> per name, over the Elasticsearch index prefix + name. The
/// first Open of a name creates the index with its explicit mapping (<see cref="ElasticsearchIndexDefinition"/>)
/// if it does not exist yet. Register as a singleton, with the shared client.</summary>
public sealed partial class ElasticsearchSearchIndexFactory : ISearchIndexFactory
{
    private readonly ElasticsearchClient _client;
    private readonly string _indexPrefix;
    private readonly Dictionary<string, ElasticsearchSearchIndex> _indexes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public ElasticsearchSearchIndexFactory(ElasticsearchClient client, string indexPrefix)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(indexPrefix);
        if (indexPrefix.Length > 0 && !IndexPrefixPattern().IsMatch(indexPrefix))
        {
            throw new ArgumentException(
                $"'{indexPrefix}' is not a valid index prefix: use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit.",
                nameof(indexPrefix));
        }

        _client = client;
        _indexPrefix = indexPrefix;
    }

    public ISearchIndex Open(string name)
    {
        ValidateName(name);

        // A plain lock rather than Lazy in a ConcurrentDictionary: a failed open (cluster unreachable) must not be
        // cached, and opening happens a handful of times per process. Open is synchronous in the port, so the
        // index check and creation use the client's synchronous calls.
        lock (_gate)
        {
            if (!_indexes.TryGetValue(name, out var index))
            {
                index = new ElasticsearchSearchIndex(_client, _indexPrefix + name);
                CreateIfMissing(index.IndexName);
                _indexes.Add(name, index);
            }

            return index;
        }
    }

    private static void ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!IndexNamePattern().IsMatch(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid index name: use lower-case letters, digits, '-' and '_', starting with a letter or digit.",
                nameof(name));
        }
    }

    private void CreateIfMissing(string indexName)
    {
        var exists = _client.Indices.Exists(indexName).EnsureValid("check that the index exists", indexName);
        if (exists.Exists)
        {
            return;
        }

        var created = _client.Indices.Create(ElasticsearchIndexDefinition.CreateRequest(indexName));

        // Another process may have created it between the check and the creation: that index has the same mapping.
        if (created.ElasticsearchServerError?.Error?.Type == "resource_already_exists_exception")
        {
            return;
        }

        created.EnsureValid("create the index", indexName);
    }

    // Elasticsearch index names are lower case and cannot hold \ / * ? " < > | , # : or spaces.
    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex IndexNamePattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex IndexPrefixPattern();
}

using Elastic.Clients.Elasticsearch.Analysis;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;

namespace Huli.Matchmaking.Search;

/// <summary>
/// The explicit settings and mapping of every search index:
/// <list type="bullet">
/// <item><c>id</c>: keyword (also the sort tie-breaker).</item>
/// <item><c>title</c>, <c>keywords</c>, <c>text</c>: text, analysed by a whitespace tokenizer alone (no lowercase,
/// no stemming: tokens arrive analysed) and scored by BM25 with k1 1.2 and b 0.75, as in the Lucene index.</item>
/// <item><c>tokens</c>: the distinct tokens, kept in _source only (neither indexed nor in doc values).</item>
/// <item><c>facets</c>: keyword array of <c>key=value</c> (see <see cref="FacetTerm"/>).</item>
/// <item><c>date</c>: date.</item>
/// </list>
/// Dynamic mapping is strict, so a document that does not fit is refused instead of growing the mapping.
/// </summary>
internal static class ElasticsearchIndexDefinition
{
    /// <summary>The whitespace tokenizer cuts tokens at 255 characters by default; a token that the index accepts
    /// (at most 32766 UTF-8 bytes, so at most as many characters) must stay whole, as Lucene keeps it.</summary>
    private const int MaxTokenLength = IndexableTokens.MaxTermBytes;

    public static CreateIndexRequest CreateRequest(string indexName)
    {
        return new CreateIndexRequest(indexName)
        {
            Settings = new IndexSettings
            {
                // BM25 statistics (document frequencies, average field length) are per shard. One shard gives
                // the same statistics as the Lucene index on the same documents, and a matchmaking corpus (tens of
                // thousands of records) is far from needing more.
                NumberOfShards = 1,
                Analysis = new IndexSettingsAnalysis
                {
                    Tokenizers = new Tokenizers
                    {
                        { ElasticsearchFields.TokenListAnalyzer, new WhitespaceTokenizer { MaxTokenLength = MaxTokenLength } },
                    },
                    Analyzers = new Analyzers
                    {
                        { ElasticsearchFields.TokenListAnalyzer, new CustomAnalyzer { Tokenizer = ElasticsearchFields.TokenListAnalyzer } },
                    },
                },
            },
            Mappings = new TypeMapping
            {
                Dynamic = DynamicMapping.Strict,
                Properties = new Properties
                {
                    { ElasticsearchFields.Id, new KeywordProperty() },
                    { ElasticsearchFields.Title, TokenField() },
                    { ElasticsearchFields.Keywords, TokenField() },
                    { ElasticsearchFields.Text, TokenField() },
                    { ElasticsearchFields.Tokens, new KeywordProperty { Index = false, DocValues = false } },
                    { ElasticsearchFields.Facets, new KeywordProperty() },
                    { ElasticsearchFields.Date, new DateProperty() },
                },
            },
        };
    }

    /// <summary>The built-in BM25 similarity (k1 1.2, b 0.75), named explicitly: the mapping states the ranking
    /// model the Lucene index shares instead of relying on a default. Documents and frequencies only, as in the
    /// Lucene index: no query reads positions, and BM25 needs term frequency and (from the norms) length.</summary>
    private static TextProperty TokenField()
    {
        return new TextProperty
        {
            Analyzer = ElasticsearchFields.TokenListAnalyzer,
            Similarity = "BM25",
            IndexOptions = Elastic.Clients.Elasticsearch.Mapping.IndexOptions.Freqs,
        };
    }
}

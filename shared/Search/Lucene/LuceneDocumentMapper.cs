using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Huli.Matchmaking.Search;

internal static class LuceneDocumentMapper
{
    public static Document ToLucene(SearchDocument document)
    {
        var title = Indexable(document.TitleTokens);
        var keywords = Indexable(document.KeywordTokens);
        var text = Indexable(document.TextTokens);

        var luceneDocument = new Document { new StringField(IndexFields.Id, document.Id, Field.Store.YES) };
        AddTokens(luceneDocument, IndexFields.Title, title);
        AddTokens(luceneDocument, IndexFields.Keywords, keywords);
        AddTokens(luceneDocument, IndexFields.Text, text);

        foreach (var token in title.Concat(keywords).Concat(text).Distinct(StringComparer.Ordinal))
        {
            luceneDocument.Add(new StoredField(IndexFields.DistinctTokens, token));
        }

        foreach (var (key, values) in document.Facets ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            foreach (var value in values ?? [])
            {
                if (value is not null)
                {
                    luceneDocument.Add(new StringField(IndexFields.Facet(key), value, Field.Store.NO));
                }
            }
        }

        return luceneDocument;
    }

    public static void Validate(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Id))
        {
            throw new ArgumentException("A search document needs an id.", nameof(document));
        }
    }

    /// <summary>Tokens Lucene can hold: not empty, and not beyond its term length limit (which would make
    /// IndexWriter reject the whole document).</summary>
    public static bool IsIndexable(string? token)
    {
        return !string.IsNullOrEmpty(token) && Encoding.UTF8.GetByteCount(token) <= IndexWriter.MAX_TERM_LENGTH;
    }

    private static List<string> Indexable(IReadOnlyList<string>? tokens)
    {
        return tokens is null ? [] : tokens.Where(IsIndexable).ToList();
    }

    private static void AddTokens(Document document, string field, List<string> tokens)
    {
        // TextField keeps frequencies, positions and norms: BM25 needs term frequency and field length.
        if (tokens.Count > 0)
        {
            document.Add(new TextField(field, new TokenListStream(tokens)));
        }
    }
}

using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Huli.Matchmaking.Search;

internal static class LuceneDocumentMapper
{
    /// <summary>A token field keeps documents, frequencies and norms: all BM25 needs (term frequency, field
    /// length). No query reads positions, so they are neither written nor merged.</summary>
    private static readonly FieldType TokenFieldType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    public static Document ToLucene(SearchDocument document)
    {
        var title = IndexableTokens.Of(document.TitleTokens);
        var keywords = IndexableTokens.Of(document.KeywordTokens);
        var text = IndexableTokens.Of(document.TextTokens);

        var luceneDocument = new Document
        {
            new StringField(IndexFields.Id, document.Id, Field.Store.YES),

            // Doc values beside the indexed id: the tie-breaker of every sort, without uninverting the id field.
            new SortedDocValuesField(IndexFields.Id, new BytesRef(document.Id)),
        };
        AddTokens(luceneDocument, IndexFields.Title, title);
        AddTokens(luceneDocument, IndexFields.Keywords, keywords);
        AddTokens(luceneDocument, IndexFields.Text, text);

        // One stored value, not one per token: a document has hundreds of distinct tokens, and each stored
        // field costs an object, a header and a call of the stored-fields writer at every flush and merge.
        var distinct = document.KeepsMatchedTerms ? IndexableTokens.DistinctOf(title, keywords, text) : [];
        if (distinct.Count > 0)
        {
            luceneDocument.Add(new StoredField(IndexFields.DistinctTokens, string.Join(IndexableTokens.StoredSeparator, distinct)));
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

        if (document.Date is { } date)
        {
            luceneDocument.Add(new NumericDocValuesField(IndexFields.Date, date.ToUnixTimeMilliseconds()));
        }

        return luceneDocument;
    }

    /// <summary>The distinct tokens stored with a hit. An index written before they were joined holds one
    /// value per token; splitting leaves those as they are.</summary>
    public static IEnumerable<string> DistinctTokensOf(Document stored) =>
        stored.GetValues(IndexFields.DistinctTokens).SelectMany(value => value.Split(IndexableTokens.StoredSeparator));

    private static void AddTokens(Document document, string field, List<string> tokens)
    {
        if (tokens.Count > 0)
        {
            document.Add(new Field(field, new TokenListReader(tokens), TokenFieldType));
        }
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}

using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Huli.Matchmaking.Search;

internal static class LuceneDocumentMapper
{
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

        foreach (var token in IndexableTokens.DistinctOf(document))
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

        if (document.Date is { } date)
        {
            luceneDocument.Add(new NumericDocValuesField(IndexFields.Date, date.ToUnixTimeMilliseconds()));
        }

        return luceneDocument;
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

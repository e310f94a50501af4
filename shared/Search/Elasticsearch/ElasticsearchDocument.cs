using System.Text.Json.Serialization;

namespace Huli.Matchmaking.Search;

/// <summary>A search document as Elasticsearch stores it in _source.</summary>
internal sealed record ElasticsearchDocument(
    [property: JsonPropertyName(ElasticsearchFields.Id)] string Id,
    [property: JsonPropertyName(ElasticsearchFields.Title)] IReadOnlyList<string> Title,
    [property: JsonPropertyName(ElasticsearchFields.Keywords)] IReadOnlyList<string> Keywords,
    [property: JsonPropertyName(ElasticsearchFields.Text)] IReadOnlyList<string> Text,
    [property: JsonPropertyName(ElasticsearchFields.Tokens)] IReadOnlyList<string> Tokens,
    [property: JsonPropertyName(ElasticsearchFields.Facets)] IReadOnlyList<string> Facets,
    [property: JsonPropertyName(ElasticsearchFields.Date)]
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    DateTimeOffset? Date)
{
    public static ElasticsearchDocument From(SearchDocument document)
    {
        var facets = (document.Facets ?? new Dictionary<string, IReadOnlyList<string>>())
            .SelectMany(pair => (pair.Value ?? []).Where(value => value is not null)
                .Select(value => FacetTerm.Encode(pair.Key, value)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var title = IndexableTokens.Of(document.TitleTokens);
        var keywords = IndexableTokens.Of(document.KeywordTokens);
        var text = IndexableTokens.Of(document.TextTokens);
        return new ElasticsearchDocument(
            document.Id,
            title,
            keywords,
            text,
            document.KeepsMatchedTerms ? IndexableTokens.DistinctOf(title, keywords, text) : [],
            facets,
            document.Date?.ToUniversalTime());
    }
}

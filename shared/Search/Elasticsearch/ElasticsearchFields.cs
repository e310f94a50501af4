namespace Huli.Matchmaking.Search;

/// <summary>Field names of the Elasticsearch mapping (see <see cref="ElasticsearchIndexDefinition"/>).</summary>
internal static class ElasticsearchFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Keywords = "keywords";
    public const string Text = "text";

    /// <summary>Kept in _source only: the document's distinct tokens, to report matched terms.</summary>
    public const string Tokens = "tokens";

    /// <summary>Every facet of a document as one keyword, see <see cref="FacetTerm"/>.</summary>
    public const string Facets = "facets";

    public const string Date = "date";

    /// <summary>The analyzer of the token fields: split on whitespace and nothing else, because tokens arrive
    /// analysed (jieba, English stemming) and must be indexed exactly as given.</summary>
    public const string TokenListAnalyzer = "huli_token_list";

    public static string Of(TokenField field) => field switch
    {
        TokenField.Title => Title,
        TokenField.Keywords => Keywords,
        TokenField.Text => Text,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}

namespace Huli.Matchmaking.Search;

/// <summary>Lucene field names. Facet fields get a prefix so that a facet key can never collide with a token
/// field.</summary>
internal static class IndexFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Keywords = "keywords";
    public const string Text = "text";

    /// <summary>Doc values only: the document's date in Unix milliseconds (the precision Elasticsearch keeps),
    /// for sorting newest first.</summary>
    public const string Date = "date";

    /// <summary>Stored only: the document's distinct tokens, to report matched terms without Explain.</summary>
    public const string DistinctTokens = "tokens";

    private const string FacetPrefix = "facet:";

    public static string Facet(string key) => FacetPrefix + key;

    public static string Of(TokenField field) => field switch
    {
        TokenField.Title => Title,
        TokenField.Keywords => Keywords,
        TokenField.Text => Text,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}

namespace Huli.Matchmaking.Search;

/// <summary>
/// A BM25 query over analysed tokens. Every filter must hold: a document matches a filter when one of its facet
/// values for that key equals one of the filter's values. Hits come ranked <see cref="Skip"/> to
/// <see cref="Skip"/> + <see cref="Top"/> - 1 in <see cref="Sort"/> order.
/// </summary>
/// <remarks>A request without usable query tokens matches nothing when sorted by relevance; sorted by
/// <see cref="SearchSort.Newest"/> it browses every document that passes the filters. Without
/// <see cref="WithMatchedTerms"/> hits carry no matched terms, which spares reading each hit's stored tokens: a
/// caller that ranks many candidates by its own features (the Matcher's first stage) does not need them.</remarks>
public sealed record SearchRequest(
    IReadOnlyList<string> QueryTokens,
    int Top,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Filters = null,
    FieldWeights? Weights = null,
    int Skip = 0,
    SearchSort Sort = SearchSort.Relevance,
    bool WithMatchedTerms = true);

/// <summary>How much a match in each field counts.</summary>
public sealed record FieldWeights(float Title, float Keywords, float Text)
{
    public static FieldWeights Default { get; } = new(2.0f, 1.5f, 1.0f);
}

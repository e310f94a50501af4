namespace Huli.Matchmaking.Search;

/// <summary>
/// What a request asks an index to match, decided once for every backend so that they agree on which documents
/// match: the distinct usable query tokens in query order with their counts, the fields that take part and the
/// facet filters. No terms means the request browses (newest first) instead of ranking.
/// </summary>
internal sealed record SearchCriteria(
    IReadOnlyList<QueryTerm> Terms,
    IReadOnlyList<WeightedField> Fields,
    IReadOnlyList<FacetFilter> Filters)
{
    public bool IsBrowse => Terms.Count == 0;

    /// <summary>Null when no document can match: no usable query token in a relevance search, no field with a
    /// positive weight, or a filter without values.</summary>
    public static SearchCriteria? From(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Skip < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Skip, "A search request cannot skip a negative number of hits.");
        }

        var filters = FacetFilter.FromRequest(request.Filters);
        if (filters.Any(filter => filter.Values.Count == 0))
        {
            return null;
        }

        var terms = QueryTerm.CountDistinct(request.QueryTokens);
        if (terms.Count == 0)
        {
            return request.Sort == SearchSort.Newest ? new SearchCriteria([], [], filters) : null;
        }

        var fields = WeightedField.Positive(request.Weights ?? FieldWeights.Default);
        return fields.Count == 0 ? null : new SearchCriteria(terms, fields, filters);
    }

    /// <summary>The distinct query tokens that a document contains in any field, in query order.</summary>
    public IReadOnlyList<string> MatchedTerms(IEnumerable<string> documentTokens)
    {
        var contained = documentTokens.ToHashSet(StringComparer.Ordinal);
        return Terms.Select(term => term.Token).Where(contained.Contains).ToList();
    }
}

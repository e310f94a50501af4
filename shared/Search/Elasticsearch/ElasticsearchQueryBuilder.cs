using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;

namespace Huli.Matchmaking.Search;

/// <summary>Turns <see cref="SearchCriteria"/> into the Elasticsearch query and sort that rank like the Lucene
/// index (<see cref="LuceneQueryBuilder"/>).</summary>
internal static class ElasticsearchQueryBuilder
{
    /// <summary>
    /// A bool query with one <c>should</c> term query per distinct (field, token), boosted by the field weight
    /// times the token's count in the query, exactly the clauses of the Lucene index. Facet filters go to
    /// <c>filter</c>, which does not score. <c>minimum_should_match</c> must be explicit: with a filter present,
    /// Elasticsearch would otherwise let documents match no should clause at all.
    /// </summary>
    /// <remarks>Elasticsearch caps the clauses of one query (indices.query.bool.max_clause_count, sized from the
    /// heap, at least 1024 since 8.x); a query beyond it fails with a clear error, it is not cut.</remarks>
    public static Query Build(SearchCriteria criteria)
    {
        var filters = criteria.Filters.Select(FacetFilterQuery).ToList();
        if (criteria.IsBrowse)
        {
            return filters.Count == 0 ? new MatchAllQuery() : new BoolQuery { Filter = filters };
        }

        var should = new List<Query>();
        foreach (var term in criteria.Terms)
        {
            foreach (var field in criteria.Fields)
            {
                should.Add(new TermQuery
                {
                    Field = ElasticsearchFields.Of(field.Field),
                    Value = term.Token,
                    Boost = field.Weight * term.Count,
                });
            }
        }

        return new BoolQuery
        {
            Should = should,
            MinimumShouldMatch = 1,
            Filter = filters.Count == 0 ? null : filters,
        };
    }

    /// <summary>The hit order of <see cref="SearchSort"/>, ending on the id like the Lucene index, so that ties
    /// and pages are stable.</summary>
    public static ICollection<SortOptions> Sort(SearchSort sort, SearchCriteria criteria)
    {
        var byId = new FieldSort { Field = ElasticsearchFields.Id, Order = SortOrder.Asc };
        var newestFirst = new FieldSort { Field = ElasticsearchFields.Date, Order = SortOrder.Desc, Missing = "_last" };
        var bestFirst = new SortOptions { Score = new ScoreSort { Order = SortOrder.Desc } };

        if (criteria.IsBrowse)
        {
            return [newestFirst, byId];
        }

        return sort == SearchSort.Newest ? [newestFirst, bestFirst, byId] : [bestFirst, byId];
    }

    /// <summary>Any of the filter's values (OR); the filters of several keys are separate clauses (AND).</summary>
    private static Query FacetFilterQuery(FacetFilter filter)
    {
        var values = filter.Values.Select(value => FieldValue.String(FacetTerm.Encode(filter.Key, value))).ToList();
        return new TermsQuery { Field = ElasticsearchFields.Facets, Terms = new TermsQueryField(values) };
    }
}

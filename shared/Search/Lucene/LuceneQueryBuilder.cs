using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Huli.Matchmaking.Search;

internal static class LuceneQueryBuilder
{
    /// <summary>Null when no document can match (see <see cref="SearchCriteria.From"/>).</summary>
    public static LuceneSearchPlan? Build(SearchRequest request)
    {
        var criteria = SearchCriteria.From(request);
        if (criteria is null)
        {
            return null;
        }

        Query query = criteria.IsBrowse ? new MatchAllDocsQuery() : AnyOf(ScoringClauses(criteria));
        var filter = criteria.Filters.Count == 0 ? null : new QueryWrapperFilter(AllFiltersHold(criteria.Filters));
        return new LuceneSearchPlan(query, filter, LuceneSorts.For(request.Sort, criteria), criteria);
    }

    /// <summary>
    /// One SHOULD TermQuery per distinct (field, token), boosted by the field weight times the token's count in
    /// the query. Under BM25 a clause's score is linear in its boost, so this ranks exactly like repeating the
    /// clause once per occurrence, with fewer clauses. The Elasticsearch adapter builds the same clauses.
    /// </summary>
    private static List<Query> ScoringClauses(SearchCriteria criteria)
    {
        var clauses = new List<Query>();
        foreach (var term in criteria.Terms)
        {
            foreach (var field in criteria.Fields)
            {
                clauses.Add(new TermQuery(new Term(IndexFields.Of(field.Field), term.Token)) { Boost = field.Weight * term.Count });
            }
        }

        return clauses;
    }

    /// <summary>
    /// A disjunction of any size. BooleanQuery refuses more than MaxClauseCount (1024) clauses and a long need
    /// text easily has 400 distinct tokens times 3 fields, so larger sets are nested; BM25's coordination factor
    /// is 1, so nesting does not change scores.
    /// </summary>
    private static Query AnyOf(IReadOnlyList<Query> clauses)
    {
        var limit = BooleanQuery.MaxClauseCount;
        if (clauses.Count <= limit)
        {
            var query = new BooleanQuery();
            foreach (var clause in clauses)
            {
                query.Add(clause, Occur.SHOULD);
            }

            return query;
        }

        return AnyOf(clauses.Chunk(limit).Select(chunk => AnyOf(chunk)).ToList());
    }

    private static BooleanQuery AllFiltersHold(IReadOnlyList<FacetFilter> filters)
    {
        var all = new BooleanQuery();
        foreach (var filter in filters)
        {
            var anyValue = new BooleanQuery();
            foreach (var value in filter.Values)
            {
                anyValue.Add(new TermQuery(new Term(IndexFields.Facet(filter.Key), value)), Occur.SHOULD);
            }

            all.Add(anyValue, Occur.MUST);
        }

        return all;
    }
}

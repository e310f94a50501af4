using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Huli.Matchmaking.Search;

internal static class LuceneQueryBuilder
{
    /// <summary>The plan for one searcher: its term clauses carry the states of that reader's segments.</summary>
    public static LuceneSearchPlan Build(SearchCriteria criteria, SearchSort sort, IndexReader reader)
    {
        Query query = criteria.IsBrowse ? new MatchAllDocsQuery() : AnyOf(ScoringClauses(criteria, reader));
        var filter = criteria.Filters.Count == 0 ? null : new QueryWrapperFilter(AllFiltersHold(criteria.Filters));
        return new LuceneSearchPlan(query, filter, LuceneSorts.For(sort, criteria), criteria);
    }

    /// <summary>
    /// One SHOULD TermQuery per distinct (field, token) that the index holds, boosted by the field weight times the
    /// token's count in the query. Under BM25 a clause's score is linear in its boost, so this ranks exactly like
    /// repeating the clause once per occurrence, with fewer clauses. A clause for a term no document holds would
    /// add nothing (BM25 has neither query norm nor coordination factor), so it is left out. Clauses keep the
    /// query's order, so scores add up in the same order as before. The Elasticsearch adapter builds the same
    /// clauses.
    /// </summary>
    private static List<Query> ScoringClauses(SearchCriteria criteria, IndexReader reader)
    {
        var states = TermStates.Find(reader, criteria.Fields.Select(field => IndexFields.Of(field.Field)), criteria.Terms);
        var clauses = new List<Query>();
        foreach (var term in criteria.Terms)
        {
            foreach (var field in criteria.Fields)
            {
                var name = IndexFields.Of(field.Field);
                if (states.Of(name, term.Token) is { } found)
                {
                    clauses.Add(new TermQuery(new Term(name, term.Token), found) { Boost = field.Weight * term.Count });
                }
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

using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Huli.Matchmaking.Search;

internal static class LuceneQueryBuilder
{
    /// <summary>Null when no document can match: no usable query token, or a filter without values.</summary>
    public static LuceneSearchPlan? Build(SearchRequest request)
    {
        var termFrequencies = CountDistinctTokens(request.QueryTokens);
        var filterGroups = request.Filters ?? new Dictionary<string, IReadOnlyList<string>>();
        if (termFrequencies.Count == 0 || filterGroups.Values.Any(values => values is null || values.Count == 0))
        {
            return null;
        }

        var clauses = ScoringClauses(termFrequencies, request.Weights ?? FieldWeights.Default);
        if (clauses.Count == 0)
        {
            return null;
        }

        var filter = filterGroups.Count == 0 ? null : new QueryWrapperFilter(AllFiltersHold(filterGroups));
        return new LuceneSearchPlan(AnyOf(clauses), filter, [.. termFrequencies.Keys]);
    }

    private static Dictionary<string, int> CountDistinctTokens(IReadOnlyList<string>? tokens)
    {
        // Dictionary keeps insertion order while nothing is removed, which gives the query order.
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens ?? [])
        {
            if (LuceneDocumentMapper.IsIndexable(token))
            {
                frequencies[token] = frequencies.GetValueOrDefault(token) + 1;
            }
        }

        return frequencies;
    }

    /// <summary>
    /// One SHOULD TermQuery per distinct (field, token), boosted by the field weight times the token's frequency
    /// in the query. Under BM25 a clause's score is linear in its boost, so this ranks exactly like repeating the
    /// clause once per occurrence (a need that says 电池 three times cares about batteries), with fewer clauses.
    /// A field weight of zero or less switches that field off.
    /// </summary>
    private static List<Query> ScoringClauses(Dictionary<string, int> termFrequencies, FieldWeights weights)
    {
        (string Field, float Weight)[] fields =
        [
            (IndexFields.Title, weights.Title),
            (IndexFields.Keywords, weights.Keywords),
            (IndexFields.Text, weights.Text),
        ];

        var clauses = new List<Query>();
        foreach (var (token, frequency) in termFrequencies)
        {
            foreach (var (field, weight) in fields)
            {
                if (weight > 0)
                {
                    clauses.Add(new TermQuery(new Term(field, token)) { Boost = weight * frequency });
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

    private static BooleanQuery AllFiltersHold(IReadOnlyDictionary<string, IReadOnlyList<string>> filterGroups)
    {
        var all = new BooleanQuery();
        foreach (var (key, values) in filterGroups)
        {
            var anyValue = new BooleanQuery();
            foreach (var value in values.Where(value => value is not null).Distinct(StringComparer.Ordinal))
            {
                anyValue.Add(new TermQuery(new Term(IndexFields.Facet(key), value)), Occur.SHOULD);
            }

            all.Add(anyValue, Occur.MUST);
        }

        return all;
    }
}

using Lucene.Net.Search;

namespace Huli.Matchmaking.Search;

/// <summary>A request turned into Lucene terms: the scoring query (all documents when browsing), the facet
/// filter (which never changes scores), the hit order and the criteria, for reporting matched terms.</summary>
internal sealed record LuceneSearchPlan(Query Query, Filter? Filter, Sort Sort, SearchCriteria Criteria)
{
    /// <summary>Best first, equal scores by id.</summary>
    public bool RanksByRelevance => Sort == LuceneSorts.Relevance;
}

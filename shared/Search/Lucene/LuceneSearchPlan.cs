using Lucene.Net.Search;

namespace Huli.Matchmaking.Search;

/// <summary>A request turned into Lucene terms: the scoring query, the facet filter (which never changes
/// scores) and the distinct query tokens in query order, for reporting matched terms.</summary>
internal sealed record LuceneSearchPlan(Query Query, Filter? Filter, IReadOnlyList<string> DistinctTokens);

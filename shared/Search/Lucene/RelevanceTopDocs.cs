using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Huli.Matchmaking.Search;

/// <summary>
/// The best hits by score, equal scores by id: the order of <see cref="LuceneSorts"/>' relevance sort, found
/// without asking Lucene to sort. A sort makes the collector compare ids for every hit that enters its queue;
/// collecting by score alone (ties by internal doc number) takes about a tenth less CPU on a 40-term candidate
/// query over 100,000 results. A few hits more than asked for are collected, so that ties at the cut can be put
/// in id order; when the ties run past those, the sorted search decides.
/// </summary>
internal static class RelevanceTopDocs
{
    private const int TieHeadroom = 16;

    public static ScoreDoc[] Search(IndexSearcher searcher, LuceneSearchPlan plan, int size)
    {
        var collect = (int)Math.Min((long)size + TieHeadroom, searcher.IndexReader.MaxDoc);
        var hits = searcher.Search(plan.Query, plan.Filter, collect).ScoreDocs;

        // Every hit left out scores at most the last one collected, so the collected hits hold all the best
        // `size` in id order unless the score at the cut is also the lowest collected.
        var holdsAllTies = hits.Length < collect || hits.Length <= size || hits[size - 1].Score > hits[^1].Score;
        if (!holdsAllTies)
        {
            return searcher.Search(plan.Query, plan.Filter, size, plan.Sort, doDocScores: true, doMaxScore: false).ScoreDocs;
        }

        return [.. hits
            .Select(hit => (Hit: hit, Id: IndexIds.Of(searcher.IndexReader, hit.Doc)))
            .OrderByDescending(hit => hit.Hit.Score)
            .ThenBy(hit => hit.Id, BytesRef.UTF8SortedAsUnicodeComparer)
            .Take(size)
            .Select(hit => hit.Hit)];
    }
}

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

        var ids = IdsOf(searcher, hits);
        return [.. hits
            .Select((hit, i) => (Hit: hit, Id: ids[i]))
            .OrderByDescending(hit => hit.Hit.Score)
            .ThenBy(hit => hit.Id, BytesRef.UTF8SortedAsUnicodeComparer)
            .Take(size)
            .Select(hit => hit.Hit)];
    }

    /// <summary>The ids as the sort compares them: from the id's doc values, or from the indexed id in a folder
    /// written before the id had doc values (the field cache falls back to it, as the sort does).</summary>
    private static BytesRef[] IdsOf(IndexSearcher searcher, ScoreDoc[] hits)
    {
        var leaves = searcher.IndexReader.Leaves;
        return [.. hits.Select(hit =>
        {
            var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
            var id = new BytesRef();
            FieldCache.DEFAULT.GetTermsIndex(leaf.AtomicReader, IndexFields.Id).Get(hit.Doc - leaf.DocBase, id);
            return id;
        })];
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Huli.Matchmaking.Search;

/// <summary>A hit's id without reading its stored fields (for a document with hundreds of stored tokens, most of
/// the cost of a hit): from the id's doc values, or, in a folder written before the id had doc values, from the
/// indexed id, which the field cache uninverts once per segment, as the id sort does.</summary>
internal static class IndexIds
{
    public static BytesRef Of(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var local = doc - leaf.DocBase;
        var ids = FieldCache.DEFAULT.GetTermsIndex(leaf.AtomicReader, IndexFields.Id);
        if (ids.GetOrd(local) < 0)
        {
            // A segment merged from an old one (ids without doc values) and a new one has doc values for the id
            // field, so the field cache reads those, and the old documents have none: their stored id is the
            // one place that still holds it.
            return new BytesRef(leaf.AtomicReader.Document(local).Get(IndexFields.Id));
        }

        var id = new BytesRef();
        ids.Get(local, id);
        return id;
    }
}

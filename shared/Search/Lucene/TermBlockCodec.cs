using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene41;
using Lucene.Net.Codecs.Lucene46;

namespace Huli.Matchmaking.Search;

/// <summary>
/// Lucene's default codec, writing its term dictionaries in larger blocks. At every flush and merge the block-tree
/// terms writer compiles a small FST for each block of terms, and each compilation allocates a 32 KB page: with
/// Lucene's 25 to 48 terms a block that was a tenth of everything an import allocated (3.7 % with these). A term
/// lookup reads one block, a little longer now, a few times per query term. Block sizes are a writer's
/// choice and are not recorded: the format keeps its names (Lucene46, Lucene41), so any Lucene reader, this one
/// included, opens both old and new segments with the stock codec.
/// </summary>
[CodecName("Lucene46")]
internal sealed class TermBlockCodec : Lucene46Codec
{
    private const int MinTermsInBlock = 64;

    // The writer needs room to split a block that outgrows the maximum into two of at least the minimum.
    private const int MaxTermsInBlock = 2 * (MinTermsInBlock - 1);

    private static readonly PostingsFormat Postings = new Lucene41PostingsFormat(MinTermsInBlock, MaxTermsInBlock);

    public override PostingsFormat GetPostingsFormatForField(string field) => Postings;
}
